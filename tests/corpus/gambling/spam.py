"""Hand-written gambling spam as it appears on hijacked Indonesian news and government domains.

Each entry: (title, paragraphs, layout). Layouts (see build.py): ``landing`` (a re-registered expired domain
turned casino front page), ``post`` (a spam post inside the former news site's template, its police menu and
sidebar still there), ``linkfarm`` (a page of casino links with a little text), ``cloaked`` (the hijacked page
served to crawlers only: the site's police template around a spam body and hidden link blocks), ``redirect``
(a short page sending browsers to a casino), ``gov`` (a spam page on a government subdomain).
The traps: spam that names the police (`aman dari razia`), spam posing as news (`Polisi Akui Situs Ini
Aman`), short pages, English mixed in.
"""

SPAM = [
    ("SLOT GACOR HARI INI: Situs Slot Online Gampang Maxwin Terpercaya 2024", [
        "Selamat datang di situs slot gacor hari ini terpercaya yang menyediakan ribuan permainan slot online "
        "gampang maxwin dengan RTP live tertinggi.",
        "Daftar sekarang dan dapatkan bonus new member 100% di depan. Minimal deposit hanya 10 ribu via pulsa, "
        "DANA, OVO dan GoPay.",
        "Nikmati pola gacor dan bocoran RTP setiap hari dari admin kami. Proses withdraw kilat 2 menit!",
    ], "landing"),
    ("Situs Togel Online Resmi dan Terpercaya | Bandar Togel Hadiah 4D 10 Juta", [
        "Bandar togel online resmi dengan pasaran terlengkap: Hongkong, Singapore, Sydney, Macau dan Cambodia.",
        "Diskon 4D hingga 66% dan hadiah 4D 10 juta. Situs togel terpercaya sejak 2015 dengan jutaan member aktif.",
        "Login dan daftar melalui link alternatif kami agar tidak terkena internet positif.",
    ], "landing"),
    ("Link Slot88 Gacor Maxwin Anti Rungkad Server Thailand", [
        "Slot88 adalah situs slot server Thailand anti rungkad dengan winrate 98%. Scatter hitam mahjong ways "
        "turun setiap jam!",
        "Gunakan link slot88 terbaru untuk login tanpa VPN. Deposit qris 24 jam online.",
    ], "landing"),
    ("Agen Judi Bola Terpercaya SBOBET Resmi Indonesia", [
        "Agen judi bola terpercaya dengan pasaran handicap, over under, mix parlay dan live betting. Odds terbaik "
        "untuk Liga Inggris, Liga Champions dan Piala Eropa.",
        "Daftar akun SBOBET resmi hanya 1 menit. Cashback mingguan 10% dan komisi rollingan 0,5%.",
        "Customer service kami online 24 jam melalui live chat dan WhatsApp.",
    ], "landing"),
    ("Pola Gacor Mahjong Ways 2 Hari Ini, Jam Hoki Scatter Hitam", [
        "Berikut bocoran pola gacor Mahjong Ways 2 hari ini yang terbukti membawa scatter hitam dan maxwin x5000.",
        "Pola 1: spin manual 10x dengan bet 400, lalu auto spin 30x turbo. Pola 2: spin cepat 50x, aktifkan double "
        "chance. Jam hoki: 13.00–15.00 dan 22.00–00.00 WIB.",
        "Mainkan di situs slot resmi kami dan klaim freebet tanpa deposit untuk member baru.",
        "Jangan lupa cek RTP live sebelum bermain agar peluang jackpot lebih besar.",
    ], "post"),
    ("Polisi Tidak Akan Tahu: Cara Main Slot Online Aman Tanpa Ketahuan", [
        "Banyak pemain takut razia ponsel oleh polisi. Tenang, di situs kami semua data member dienkripsi dan "
        "aman dari pemeriksaan.",
        "Main slot gacor, togel dan casino live dalam satu akun. Deposit via e-wallet tanpa potongan.",
        "Daftar sekarang, bonus harian 20% menanti. Link alternatif selalu diperbarui.",
    ], "post"),
    ("Daftar Situs Slot Gacor Terbaru Gampang Menang", [
        "Inilah daftar situs slot gacor terbaru yang gampang menang dan sering kasih maxwin: slot88, pragmatic88, "
        "gacor77, hoki99, dan masih banyak lagi.",
        "Semua situs di bawah sudah terverifikasi membayar kemenangan tanpa batas.",
    ], "linkfarm"),
    ("Berita Terkini: Gates of Olympus Kembali Pecah Maxwin", [
        "Seorang member situs kami dari Pontianak berhasil memenangkan maxwin x5000 di permainan Gates of Olympus "
        "hanya dengan modal 50 ribu.",
        "Kemenangan ini membuktikan bahwa server kami sedang gacor. Kakek Zeus menurunkan petir perkalian 500x "
        "sebanyak tiga kali berturut-turut.",
        "Ayo buktikan sendiri keberuntunganmu. Klik tombol daftar di bawah dan gunakan kode referal GACOR.",
    ], "post"),
    ("TOTO MACAU | Keluaran Macau Hari Ini Tercepat", [
        "Data keluaran toto macau hari ini tercepat dan terlengkap. Result pools 4 kali sehari.",
        "Pasang angka di bandar toto resmi, bet 100 perak, diskon terbesar. Paito warna lengkap tersedia.",
    ], "gov"),
    ("Casino Online Live Baccarat Roulette Indonesia", [
        "Rasakan sensasi casino online seperti di Las Vegas: live baccarat, roulette, sicbo dan dragon tiger "
        "dengan dealer cantik 24 jam.",
        "Minimal bet 5 ribu. Bonus rollingan casino 0,8% dibagikan setiap minggu.",
        "Situs casino terpercaya dengan lisensi resmi PAGCOR.",
    ], "landing"),
    ("Slot Demo Pragmatic Play Gratis Anti Lag Rupiah", [
        "Coba akun demo slot pragmatic play gratis tanpa daftar. Semua game terbaru: Starlight Princess, Sweet "
        "Bonanza, Wild West Gold.",
        "Kalau sudah yakin, lanjutkan main dengan uang asli di situs slot gacor resmi kami dan rasakan maxwin.",
    ], "post"),
    ("Judi Online Terbaik 2024 – Satu Akun Semua Permainan", [
        "Situs judi online terbaik 2024 dengan satu akun untuk semua permainan: slot, togel, sportsbook, "
        "poker, dan tembak ikan.",
        "Proses deposit dan withdraw tercepat. Menang berapa pun pasti dibayar lunas.",
        "Gabung sekarang bersama 2 juta member aktif dan nikmati promo event setiap hari.",
    ], "cloaked"),
    ("situs slot gacor", [
        "slot gacor slot gacor hari ini slot online situs slot gacor link slot gacor maxwin",
    ], "cloaked"),
    ("Bocoran RTP Live Slot Tertinggi Hari Ini 98%", [
        "Update RTP live slot pragmatic, PG Soft dan Habanero setiap 5 menit. Cek game paling gacor sebelum spin.",
        "RTP di atas 95% artinya peluang maxwin sedang tinggi. Main sekarang di situs resmi kami!",
        "Tersedia juga prediksi togel jitu dan jadwal bola.",
    ], "linkfarm"),
    ("Kabar Gembira! Situs Ini Diklaim Aman dari Pemblokiran", [
        "Situs slot kami menggunakan teknologi anti blokir sehingga bisa diakses tanpa VPN dari seluruh "
        "Indonesia.",
        "Tidak perlu khawatir internet positif. Simpan link alternatif kami dan bagikan ke temanmu untuk "
        "mendapatkan komisi referal 1%.",
    ], "redirect"),
    ("POKER ONLINE UANG ASLI | IDN Poker Deposit Pulsa", [
        "Main poker online uang asli, domino qq, bandarq dan capsa susun di server IDN Poker.",
        "Deposit pulsa Telkomsel dan XL tanpa potongan. Jackpot poker sampai ratusan juta.",
        "Daftar IDN Poker sekarang, gratis!",
    ], "landing"),
    ("Togel Hongkong Malam Ini: Prediksi HK Jitu dan Akurat", [
        "Prediksi togel hongkong malam ini: angka ikut 4, 7, 9. Colok bebas 7, colok macau 47, shio ayam.",
        "Pasang di bandar togel terpercaya kami dan dapatkan diskon 4D 66%. Paito HK lengkap 2024.",
    ], "post"),
    ("Kantor Desa Sukamaju – SITUS TOGEL RESMI", [
        "SITUS TOGEL RESMI dan slot gacor gampang menang hari ini. Bandar togel hadiah terbesar.",
        "Login | Daftar | Link Alternatif",
    ], "gov"),
    ("Slot Deposit Dana 5000 Tanpa Potongan", [
        "Cari slot deposit dana 5000? Situs kami menerima deposit DANA mulai 5 ribu rupiah tanpa potongan, "
        "otomatis masuk dalam 1 menit.",
        "Game slot gacor dari 15 provider. Bonus cashback kekalahan 5% setiap Senin.",
    ], "landing"),
    ("Hot! Slot Zeus Gacor Server Kamboja", [
        "Server Kamboja terkenal gacor dan gampang scatter. Link slot Kamboja resmi kami sudah dipakai ribuan "
        "pemain.",
        "Bet kecil menang besar, maxwin di depan mata. Jangan sampai ketinggalan!",
    ], "cloaked"),
    ("Login Alternatif Pusat4D Terbaru Anti Blokir", [
        "Gunakan login alternatif Pusat4D terbaru untuk mengakses togel 4D dan slot online tanpa hambatan.",
        "Pusat4D adalah bandar togel dan situs slot resmi dengan layanan 24 jam.",
    ], "linkfarm"),
    ("Berita Kalbar: Pemain Asal Sambas Menang 1 Miliar di Situs Slot", [
        "Pemain asal Sambas menang Rp 1 miliar setelah mendapatkan free spin di game Sweet Bonanza. Admin "
        "mengonfirmasi kemenangan telah dibayar lunas.",
        "Situs kami adalah agen slot gacor resmi di Kalimantan Barat. Daftar dan klaim bonus new member "
        "sekarang juga.",
        "Ikuti terus informasi pola gacor dan jam hoki di kanal Telegram kami.",
    ], "post"),
    ("Mix Parlay Judi Bola Malam Ini", [
        "Pasang mix parlay judi bola malam ini mulai 5 ribu dan menangkan hingga 1.000x lipat.",
        "Pasaran lengkap liga top Eropa. Bandar bola resmi, bayar berapa pun kemenanganmu.",
    ], "redirect"),
    ("Rahasia Maxwin Starlight Princess 1000", [
        "Starlight Princess 1000 sedang gacor! Ini rahasia mendapatkan maxwin: gunakan fitur buy spin saat "
        "saldo di atas 200 ribu.",
        "Situs slot resmi kami menyediakan buy spin murah dan RTP tinggi. Withdraw tanpa ribet.",
        "Daftar lewat link di bawah, gratis chip 25 ribu.",
    ], "cloaked"),
    ("Sabung Ayam Online S128 Live Streaming", [
        "Taruhan sabung ayam online S128 dengan live streaming dari arena Filipina. Daftar akun S128 resmi di "
        "agen kami.",
        "Deposit minimal 50 ribu. Menang langsung cair ke rekening.",
    ], "landing"),
    ("Tembak Ikan Online Uang Asli Gampang Jackpot", [
        "Game tembak ikan online uang asli dengan jackpot setiap hari. Cocok untuk pemain pemula.",
        "Isi saldo via pulsa, DANA dan bank lokal. Promo bonus deposit 30% untuk member baru.",
    ], "gov"),
    ("Polri Resmi? Ini Fakta Situs Slot yang Sedang Viral", [
        "Beredar kabar bahwa situs slot gacor yang sedang viral ini diawasi polisi. Faktanya, situs ini berlisensi "
        "luar negeri dan aman dimainkan.",
        "Ribuan member sudah membuktikan maxwin setiap hari. Daftar sekarang tanpa biaya.",
        "Link resmi hanya ada di halaman ini. Waspada situs palsu!",
    ], "post"),
    ("SLOT777 | Daftar Slot 777 Online Resmi", [
        "SLOT777 situs slot online dengan koleksi game terbanyak dan RTP live akurat.",
        "Daftar slot 777 sekarang dan nikmati bonus harian. Deposit qris, e-wallet dan pulsa.",
    ], "linkfarm"),
    ("Keluaran SGP Hari Ini dan Data Togel Singapore 2024", [
        "Keluaran SGP hari ini tercepat langsung dari Singapore Pools. Data SGP 2024 lengkap untuk paito.",
        "Pasang togel SGP di bandar resmi kami dengan hadiah 4D 10 juta dan diskon terbesar.",
        "Result SGP, HK, SDY tersedia setiap hari.",
    ], "post"),
    ("Scatter Mahjong Hitam Gampang Turun di Situs Ini", [
        "Scatter hitam mahjong gampang turun di situs kami. Ribuan pemain sudah maxwin minggu ini.",
        "Bet 200 perak pun bisa jackpot. Daftar dan main sekarang!",
    ], "redirect"),
    ("Bandar Judi Online Terbesar se-Asia Tenggara", [
        "Kami adalah bandar judi online terbesar se-Asia Tenggara dengan lisensi resmi dan server stabil.",
        "Main slot, casino, sportsbook dan togel dalam satu aplikasi. Unduh APK kami sekarang.",
        "Bonus rollingan, cashback dan event turnamen berhadiah mobil setiap bulan.",
    ], "cloaked"),
    ("Dinas Pendidikan Kabupaten – Slot Thailand Super Gacor", [
        "Slot Thailand super gacor 2024 dengan link resmi terpercaya. Gampang maxwin dan jackpot setiap hari.",
        "Daftar slot thailand sekarang.",
    ], "gov"),
    ("Freebet Tanpa Deposit 2024 Member Baru", [
        "Klaim freebet tanpa deposit 20 ribu untuk member baru hari ini. Syarat mudah: daftar, verifikasi nomor, "
        "langsung main slot gacor.",
        "Freebet bisa dipakai untuk semua game slot pragmatic dan PG Soft. Withdraw tanpa turnover tinggi.",
    ], "landing"),
]

# Written after the first validation run changed the rules, never used to choose them (see honest.HONEST_B2).
SPAM_B2 = [
    ("Mengenal Permainan Slot Online dan Cara Menang Konsisten", [
        "Permainan slot online kini menjadi hiburan favorit masyarakat. Dalam artikel ini kami membahas cara "
        "menang konsisten yang dipakai para pemain profesional.",
        "Pertama, pilih situs slot resmi yang memiliki RTP live. Kedua, atur modal dan gunakan bet kecil di awal. "
        "Ketiga, manfaatkan bonus new member dan cashback mingguan.",
        "Situs rekomendasi kami menyediakan semua itu, lengkap dengan withdraw cepat. Daftar sekarang juga.",
    ], "post"),
    ("Online Casino Indonesia – Best Slot Site 2024", [
        "Play the best online casino games in Indonesia: slots, live casino, sportsbook. Deposit via DANA, OVO, "
        "bank transfer. Slot gacor maxwin every day!",
        "Register now and claim 100% welcome bonus.",
    ], "landing"),
    ("Situs Resmi Dinas Kesehatan – Daftar Slot Gacor Hari Ini", [
        "Daftar slot gacor hari ini gampang jackpot. Situs slot terpercaya nomor 1 di Indonesia.",
        "Link login slot gacor terbaru.",
    ], "gov"),
    ("Agen Togel Terpercaya Pasaran Terlengkap", [
        "Agen togel terpercaya dengan 40 pasaran: Hongkong, Sydney, Singapore, Taiwan, China. Bet mulai 100 "
        "rupiah.",
        "Bonus referal seumur hidup dan cashback togel setiap minggu. Hubungi CS kami via WhatsApp.",
    ], "linkfarm"),
    ("Hukum dan Kriminal: Pemain Slot Ini Menang 500 Juta", [
        "Pemain slot asal Pontianak menang Rp 500 juta dalam semalam di situs kami. Bukti withdraw sudah "
        "diunggah admin.",
        "Jangan percaya hoaks tentang situs kami. Semua kemenangan dibayar, tanpa potongan.",
        "Ayo gabung dan rasakan sendiri sensasi maxwin.",
    ], "cloaked"),
    ("Koi Gate Gacor Habanero Pecah Jackpot", [
        "Koi Gate dari Habanero lagi gacor parah! Jackpot grand pecah di situs kami tiga kali hari ini.",
        "Modal kecil, peluang besar. Klik daftar sekarang.",
    ], "redirect"),
    ("Live Draw HK Pools Tercepat Hari Ini", [
        "Live draw HK pools tercepat dan terakurat langsung dari situs resmi. Keluaran HK malam ini lengkap "
        "dengan paito warna.",
        "Pasang togel HK di bandar togel resmi kami dengan diskon terbesar.",
    ], "post"),
    ("Wede Cepat Slot Bank Jago 24 Jam", [
        "Slot deposit bank Jago dan SeaBank 24 jam online. Wede cepat kurang dari 3 menit, tanpa batas.",
        "Main semua game slot gacor favoritmu di sini. Bonus deposit harian 10%.",
    ], "landing"),
    ("sbobet88 login", [
        "sbobet88 login link alternatif sbobet88 daftar sbobet judi bola online sbobet resmi",
    ], "cloaked"),
    ("Tips Main Roulette Online Biar Untung Terus", [
        "Roulette online adalah permainan casino yang sederhana. Gunakan strategi martingale dan pasang di "
        "merah atau hitam untuk peluang hampir 50%.",
        "Mainkan roulette live di casino online terpercaya kami dengan minimal bet 10 ribu.",
        "Bonus rollingan casino dibagikan setiap Senin.",
    ], "post"),
    ("Pemerintah Desa Mekar Jaya: Bandar Slot Resmi Terbesar", [
        "Bandar slot resmi terbesar dengan ribuan game dan jackpot progresif. Deposit pulsa tanpa potongan.",
        "Slot gacor maxwin setiap hari. Gabung sekarang!",
    ], "gov"),
    ("Link Gacor Malam Ini untuk Pemula", [
        "Buat kamu pemula, ini link gacor malam ini yang paling sering kasih scatter. Main jam 23.00 ke atas, "
        "bet naik turun.",
        "Semua link di bawah adalah situs resmi dengan RTP tinggi.",
    ], "linkfarm"),
]
