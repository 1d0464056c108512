"""Batch b4 of the gambling spam: pages that must never be archived.

Written blind, without the classifier's rules in view (only the issue text, build.py, the earlier batches' entry
lists for their format and the domain notes were read), as held-out data. Each entry: ``(title, paragraphs)`` or
``(title, paragraphs, "layout")`` or ``(title, paragraphs, "layout:arg")``, the layout one of
build.SPAM_B4_LAYOUTS (default ``regional``) and the arg an index into its site list (build.B4_OUTLETS, SCHOOLS,
VILLAGES); a paragraph may be a table (a tuple of rows, the first its head) or a "## " subheading.
The kinds: cock-fight betting (S128/SV388), toto macau and RTP data pages with tables, "slot dana" and "slot pulsa
tanpa potongan", crypto casinos, "scatter hitam" and "akun pro thailand", live baccarat, an "arisan"/"investasi"
that is a casino, school, university and village websites taken over, comment sections full of players'
testimonials, pages that open with a paragraph of real local news, banners with only alt text, keyword-stuffed heads
over short bodies, pages in Javanese, Sundanese or Balinese-flavoured Indonesian and in English.
"""

SPAM_B4 = [
    ("Live Sabung Ayam S128 Hari Ini, Arena Filipina dan Kamboja Tayang Penuh", [
        "MEDAN – Pertandingan sabung ayam online hari ini kembali disiarkan langsung dari arena Cebu dan Phnom Penh. "
        "Ada 42 partai yang bisa dipasang mulai pukul 12.00 WIB.",
        "Pilih meron atau wala, odds dibuka 1:0,9 hingga 1:1. Kalau seri, taruhan dikembalikan penuh ke saldo akun.",
        "Login S128 lewat link resmi di bawah, minimal deposit Rp 25.000 via DANA, OVO, atau transfer bank.",
    ], "regional:1"),
    ("Odds Sabung Ayam SV388 Partai Malam Ini", [
        "Daftar partai dan odds sementara SV388 untuk sesi malam. Odds dapat berubah sebelum pintu taruhan ditutup.",
        (("Partai", "Meron", "Wala", "Odds Meron", "Odds Wala"),
         ("01", "Bangkok Merah", "Birma Putih", "0.95", "0.90"),
         ("02", "Saigon Hitam", "Pakhoy Wiring", "0.88", "1.00"),
         ("03", "Filipin Kelabu", "Bangkok Jalak", "1.00", "0.85"),
         ("04", "Bangkok Wido", "Saigon Kuning", "0.92", "0.92")),
        "Bonus rollingan 0,8% dibagikan setiap Senin. Menang 10 kali beruntun dapat tambahan Rp 1.000.000.",
    ], "data"),
    ("Result Toto Macau Hari Ini 6 Putaran Tercepat", [
        "Keluaran toto macau 4D hari ini lengkap enam putaran. Halaman ini diperbarui otomatis begitu angka keluar.",
        (("Putaran", "Jam", "Result 4D"),
         ("1", "00.01", "4826"), ("2", "13.00", "0917"), ("3", "16.00", "7352"), ("4", "19.00", "1148"),
         ("5", "22.00", "6093"), ("6", "23.00", "3570")),
        "Pasang angkamu di situs toto macau resmi kami: diskon 4D 66%, hadiah 4D 10 juta per 1.000 rupiah.",
    ], "data"),
    ("Paito Warna Toto Macau 2025 Lengkap Harian", [
        "## Data paito warna",
        (("Tanggal", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
         ("1-7 Jun", "2741", "8830", "1596", "4472", "0385", "9261", "5107"),
         ("8-14 Jun", "6318", "2904", "7753", "3146", "8820", "0639", "4481"),
         ("15-21 Jun", "1972", "5568", "3405", "9017", "2293", "7714", "6350")),
        "Gunakan paito untuk membaca pola angka ekor dan kepala, lalu pasang di bandar dengan pasaran terlengkap.",
        "Rekap angka ini tidak untuk diperjualbelikan. Silakan login untuk melihat prediksi VIP.",
    ], "data"),
    ("Slot Dana 5000 Tanpa Potongan – Depo Receh, WD Kilat", [
        "Deposit lewat DANA mulai lima ribu rupiah, saldo masuk utuh tanpa biaya admin sepeser pun.",
        "Tarik kemenangan kapan saja, rata-rata cair dalam 2 menit ke e-wallet yang sama.",
        "## Kenapa pilih kami?",
        "Ratusan permainan slot, fitur buy spin, dan event mingguan dengan hadiah iPhone serta emas batangan.",
    ], "landing"),
    ("Slot Pulsa Telkomsel & XL Tanpa Potongan 2025", [
        "Tidak punya rekening? Top up saldo pakai pulsa Telkomsel, XL, Axis atau Indosat, rate 1:1 tanpa potongan.",
        "Cukup transfer pulsa ke nomor tujuan yang tertera di menu deposit, saldo game langsung terisi.",
        "Q: Apakah pulsa bisa ditarik kembali? A: Kemenangan dibayar ke bank atau e-wallet, bukan ke pulsa.",
    ], "landing"),
    ("Situs Scatter Hitam Mahjong Paling Sering Turun Minggu Ini", [
        "SURABAYA – Pemain di Jawa Timur ramai membicarakan situs yang disebut paling sering menurunkan scatter "
        "hitam di Mahjong Ways 2. Dalam sepekan, komunitas mencatat puluhan tangkapan layar maxwin.",
        "Admin situs menyebut peluang scatter hitam naik pada sesi dini hari, terutama dengan pola spin manual "
        "sepuluh kali sebelum beralih ke turbo.",
        "Link login dan bonus pendaftaran tersedia pada tombol di akhir halaman.",
    ], "regional:3"),
    ("Akun Pro Thailand Resmi – Server Bangkok Winrate 98%", [
        "Akun pro Thailand kini bisa dibuat langsung dari Indonesia. Server Bangkok memakai pengaturan RTP khusus "
        "pemain VIP sehingga kemenangan lebih sering dibanding akun biasa.",
        "Persyaratan: nama sesuai rekening, nomor WhatsApp aktif, deposit awal 50 ribu.",
        "Dapatkan juga cashback kekalahan 10% setiap hari Jumat.",
    ], "sekolah:0"),
    ("Crypto Casino for Indonesia – Deposit USDT, BTC, ETH", [
        "Play slots, crash games and live dealer tables with crypto. Deposits in USDT (TRC20), BTC and ETH are "
        "credited after one confirmation.",
        "Provably fair games, no bank statements, no limits on withdrawals. Rupiah balance shown at live rates.",
        "Welcome pack: 200% match up to 1,000 USDT plus 100 free spins. Wagering 35x.",
    ], "landing"),
    ("Live Baccarat Online Rupiah: Cara Baca Road Map Biar Menang", [
        "Baccarat online dengan dealer asli bisa dimainkan 24 jam. Kunci menangnya ada di membaca road map: big road, "
        "big eye boy, dan small road.",
        "Kalau Banker keluar empat kali beruntun, banyak pemain memilih ikut naga. Atur modal dengan sistem "
        "martingale setengah supaya tidak cepat habis.",
        "Meja tersedia mulai bet 10 ribu. Gabung lewat tautan di kolom komentar.",
    ], "komentar:6"),
    ("RTP Live Slot Hari Ini Update Tiap 5 Menit", [
        "Persentase RTP live seluruh provider. Warna hijau berarti gacor, kuning sedang, merah hindari.",
        (("Game", "Provider", "RTP", "Pola", "Jam Gacor"),
         ("Mahjong Ways 2", "PG Soft", "97,4%", "10 manual, 30 turbo", "01.00-02.30"),
         ("Gates of Olympus", "Pragmatic", "96,9%", "20 auto, DC on", "13.00-14.30"),
         ("Starlight Princess", "Pragmatic", "96,5%", "15 manual", "19.00-20.00"),
         ("Wild Bandito", "PG Soft", "95,8%", "ante bet", "22.00-23.30"),
         ("Sweet Bonanza", "Pragmatic", "94,2%", "buy spin", "04.00-05.00")),
        "Gunakan data ini sebelum bermain. Daftar di situs mitra untuk akses RTP premium.",
    ], "data"),
    ("Arisan Online Berkah Mandiri: Investasi Harian Profit 30% Pasti Cair", [
        "Kalurahan mengundang warga ikut Arisan Berkah Mandiri, arisan digital yang putarannya ditentukan oleh "
        "undian angka harian. Setor mulai Rp 50.000, pemenang undian mendapat 30 kali lipat.",
        "Angka undian mengikuti result pasaran Hongkong pukul 23.00 WIB. Peserta memilih dua angka terakhir, siapa "
        "tebakannya cocok langsung cair hari itu juga.",
        "Daftar lewat admin di bawah. Slot peserta bulan ini tinggal sedikit.",
    ], "desa:3"),
    ("Slot Gacor Mahasiswa Hukum: Modal Uang Kos Jadi Puluhan Juta", [
        "Banyak mahasiswa mencari tambahan uang saku dengan bermain slot gacor. Artikel ini mengulas situs yang "
        "paling ramah untuk modal kecil.",
        "Pilih permainan dengan volatilitas sedang, pasang bet kecil, dan manfaatkan bonus harian. Hasilnya bisa "
        "dipakai bayar UKT semester depan.",
    ], "sekolah:3"),
    ("Tajen Online Bali Live – Taruhan Sabung Ayam dari Rumah", [
        "Tidak perlu datang ke kalangan. Tajen online kini bisa ditonton dan dipasang langsung dari ponsel.",
        "Siaran dari beberapa arena dengan ayam pilihan. Taruhan dibuka lima menit sebelum kemong dipukul.",
        "Daftar akun sekarang, saldo pertama dapat bonus 20%.",
    ], "desa:1"),
    ("Viral! Pemain Asal Makassar Pecah Maxwin 3 Kali Sehari", [
        "Seorang pemain asal Makassar membagikan bukti kemenangan tiga kali maxwin dalam sehari di sebuah situs "
        "slot yang kini ramai diburu.",
        "Ia mengaku hanya bermodal Rp 100 ribu. \"Pakai pola dari grup, langsung meledak,\" tulisnya.",
    ], "komentar:4"),
    ("Hujan Deras Landa Jayapura, Situs Gacor Tetap Lancar Diakses", [
        "JAYAPURA – Hujan deras yang mengguyur Kota Jayapura sejak Selasa sore membuat sejumlah ruas jalan di "
        "Entrop dan Kotaraja tergenang setinggi lutut. BPBD mengerahkan dua perahu karet untuk membantu warga.",
        "Meski cuaca buruk, server kami tetap stabil. Mainkan slot gacor dari rumah, deposit pulsa dan e-wallet "
        "diproses otomatis tanpa antre.",
        "Klaim bonus hujan hari ini: setiap deposit di atas 50 ribu mendapat tambahan saldo 25%.",
    ], "regional:5"),
    ("Pawai Ogoh-ogoh Denpasar Meriah, Event Scatter Nyepi Dimulai", [
        "DENPASAR – Ribuan warga memadati Jalan Gajah Mada menyaksikan pawai ogoh-ogoh pada malam pengerupukan. "
        "Puluhan karya sekaa teruna diarak hingga menjelang tengah malam.",
        "Bertepatan dengan Hari Suci Nyepi, kami menghadirkan event scatter spesial: kumpulkan 4 scatter di game "
        "pilihan dan dapatkan hadiah tambahan hingga Rp 5 juta.",
        "Akun tetap bisa diakses saat Nyepi melalui link alternatif.",
    ], "regional:6"),
    ("slot gacor", [
        "SLOT GACOR HARI INI - DAFTAR & LOGIN",
        "Bonus New Member 100% - Deposit DANA tanpa potongan",
        "Scatter Hitam Mahjong Ways - Maxwin x5000",
        "Toto Macau 4D - Diskon 66%",
    ], "gambar"),
    ("Prediksi Togel", [
        "Prediksi togel Sidney Singapura Hongkong paling jitu",
        "Bandar togel resmi hadiah 4D 10 juta",
        "Live draw macau 6 putaran",
    ], "gambar"),
    ("Dolanan Slot Nggo Wong Ngapak, Modal Cilik Bisa Nggo Tuku Motor", [
        "Kanca-kanca Banyumasan, saiki dolanan slot ora perlu modal gedhe. Depo sepuluh ewu wis isa spin, "
        "nek lagi hoki langsung maxwin.",
        "Akeh sing wis mbuktekna, WD cair neng rekening BRI ora nganti limang menit. Aja kesuwen mikir, daftar saiki.",
        "Link resmi ana neng ngisor, aja klik link palsu.",
    ], "regional:8"),
    ("Bali's Favourite Online Casino Is Now Open to Tourists and Locals", [
        "Whether you are relaxing in Canggu or working remotely in Ubud, our online casino brings Las Vegas to "
        "your villa. Live blackjack, roulette and 2,000 slots in one account.",
        "Top up with any Indonesian bank, e-wallet or card. Payouts within 15 minutes, 24/7 English support.",
    ], "regional:6"),
    ("Berita Terkini Hari Ini", [
        "Simak informasi terbaru seputar peristiwa daerah hanya di sini.",
    ], "meta"),
    ("Update Informasi Layanan Publik 2025", [
        "Halaman ini sedang dalam pembaruan. Silakan kembali beberapa saat lagi.",
    ], "meta"),
    ("Sampurasun Dulur! Slot Gacor Pangalusna di Tatar Sunda", [
        "Wilujeng sumping, dulur-dulur Priangan. Ieu situs slot anu pangalusna, deposit ngan 10 rebu tiasa langsung "
        "ulin.",
        "Seueur pamaen ti Garut sareng Tasik anu tos WD jutaan. Ulah hilap nganggo pola ti admin.",
        "Daptar ayeuna, bonus 50% kanggo member anyar.",
    ], "regional:2"),
    ("Angka Jitu Togel Makassar Malam Ini, Daeng Pasti Tembus", [
        "Angka main malam ini 2-5-8, colok bebas 5, tarung 25*58. Dijamin tembus kalau dipasang di bandar kami.",
        "Pembayaran lunas berapa pun kemenangannya. Bisa pasang lewat WhatsApp admin 24 jam.",
    ], "regional:4"),
    ("Kampung Yoboi – Pasaran Togel Papua Resmi Dibuka", [
        "Pasaran baru telah dibuka untuk pemain di Tanah Papua. Result keluar pukul 21.00 WIT setiap hari.",
        "Beli angka mulai Rp 1.000. Hadiah 2D 70 kali, 3D 400 kali, 4D 3.000 kali.",
    ], "desa:4"),
    ("Bocoran Pola Gacor Siswa SMK: Jam Main Setelah Pulang Sekolah", [
        "Jam terbaik bermain menurut pengamatan komunitas ada di pukul 15.00–17.00, tepat setelah jam pulang "
        "sekolah. Gunakan bet kecil dan ikuti pola admin.",
        "Event khusus pelajar: deposit 20 ribu dapat freespin 30 kali.",
    ], "sekolah:1"),
    ("Mix Parlay Liga Inggris Pekan Ini, Modal 10 Ribu Bisa Jadi Puluhan Juta", [
        "Susun tiga sampai sepuluh tim dalam satu tiket mix parlay. Semua laga Liga Inggris pekan ini sudah "
        "tersedia dengan pasaran handicap, over/under dan odd/even.",
        "Kemenangan penuh dibayar tanpa batas. Cashback 5% untuk tiket yang kalah satu tim.",
    ], "landing"),
    ("Top Up Chip Domino Murah, Langsung Masuk ke ID", [
        "Top up chip domino 1M cuma 60 ribu, 10M cuma 550 ribu. Chip hasil menang juga kami beli dengan harga tinggi.",
        "Proses otomatis, cukup kirim ID dan bukti transfer.",
    ], "komentar:0"),
    ("Bandar Togel Resmi Lampung, Bayar Berapa Pun Kemenangan", [
        "BANDAR LAMPUNG – Warga Lampung kini punya bandar togel online sendiri dengan 50 pasaran lengkap.",
        "Semua kemenangan dibayar lunas tanpa potongan, minimal bet 100 perak untuk 2D.",
        "Cek result harian dan daftar akun melalui tombol berikut.",
    ], "regional:7"),
    ("Prediksi Skor Persma vs Tamu, Pasang Handicap di Sini", [
        "MANADO – Laga kandang pekan ini diprediksi berjalan ketat. Tim tuan rumah diunggulkan setengah bola.",
        "Pasang taruhan handicap, over/under 2,5 dan skor tepat di sportsbook mitra kami. Odds terbaik se-Asia.",
    ], "regional:9"),
    ("Situs Toto 4D Resmi – 1000 Rupiah Dapat 10 Juta", [
        "Modal seribu rupiah, hadiah 4D sepuluh juta. Tersedia pasaran Hongkong, Sydney, Singapura, Macau dan "
        "Cambodia.",
        "## Cara bermain",
        "Pilih pasaran, masukkan angka, tentukan nominal, lalu klik kirim. Tiket tercatat otomatis.",
    ], "landing"),
    ("Aplikasi Slot Penghasil Saldo DANA", [
        "APK slot penghasil saldo DANA terbaru 2025",
        "Download sekarang - bonus 10rb",
        "Bukti WD member hari ini",
    ], "gambar"),
    ("Info", [
        "Selamat datang.",
    ], "meta"),
    ("Akun Demo Slot Mahjong Rupiah Gratis Tanpa Daftar", [
        "Latihan dulu di akun demo sebelum main pakai uang asli. Saldo demo 10 juta rupiah, tanpa daftar.",
        "Kalau sudah hafal polanya, pindah ke akun asli lewat tombol daftar dan klaim bonus deposit pertama.",
    ], "sekolah:4"),
    ("Desa Bontomarannu – Link Resmi Sabung Ayam Online", [
        "Link resmi sabung ayam online terpercaya. Live streaming jernih, partai setiap 10 menit.",
        "Deposit via bank daerah dan e-wallet.",
    ], "desa:5"),
    ("Pemerintah Desa Sukamulya – Togel Hari Ini Keluar Berapa?", [
        "Cek keluaran togel hari ini langsung di halaman resmi. Data Hongkong, Sydney dan Singapura terlengkap.",
        "Pasang angka jitu dan menangkan hadiah jutaan rupiah.",
    ], "desa:0"),
    ("Aviator & Crash Games – Cash Out Before the Plane Flies Away", [
        "Aviator is the fastest game in our lobby: place a bet, watch the multiplier rise and cash out before the "
        "plane disappears. Multipliers above 100x happen every hour.",
        "Minimum bet IDR 2,000. Deposit by QRIS or crypto and get 50% extra on your first three top-ups.",
    ], "landing"),
    ("Sic Bo dan Dragon Tiger Live, Meja Baru Dibuka Malam Ini", [
        "Meja live casino baru dengan dealer cantik dibuka malam ini: Sic Bo, Dragon Tiger dan Roulette.",
        "Tebak besar-kecil pada Sic Bo dengan pembayaran 1:1, atau triple spesifik hingga 180 kali.",
        "Daftar sebelum pukul 21.00 dan dapatkan chip gratis.",
    ], "regional:0"),
    ("Polisi Imbau Jauhi Situs Ilegal, Pilih Situs Resmi Berlisensi Ini", [
        "MEDAN – Masyarakat diminta waspada terhadap situs judi ilegal yang kerap menahan kemenangan pemain.",
        "Karena itu, pilihlah situs resmi berlisensi PAGCOR yang terbukti membayar. Kami telah melayani lebih dari "
        "500 ribu member dengan penarikan tanpa batas.",
        "Daftar melalui tautan resmi di bawah ini agar terhindar dari penipuan.",
    ], "regional:1"),
    ("How I Win Slot Pulsa Every Day (Real Tips)", [
        "Hi guys, today I share my tips for slot pulsa. First deposit with pulsa no potongan, then play only in the "
        "morning session when RTP is high.",
        "Last week I withdraw 7 juta from 100k modal. Link in the comment, thanks admin!",
    ], "komentar:7"),
    ("Tabel RTP Pragmatic Dino Iki, Sing Ijo Gasken", [
        "Iki tabel RTP slot dina iki. Sing warnane ijo artine lagi gacor, langsung gasken.",
        (("Game", "RTP", "Status"),
         ("Sugar Rush", "97,1%", "Gacor"), ("Aztec Gems", "96,0%", "Gacor"), ("Wild West Gold", "93,4%", "Sedheng"),
         ("Fruit Party", "89,7%", "Adem")),
        "Login neng link ngisor, bonus anggota anyar 100%.",
    ], "data"),
    ("Investasi Bodong? Bukan! Ini Trading Angka dengan Profit Harian", [
        "Kami bukan investasi bodong. Program trading angka ini memakai sistem prediksi digit yang sudah terbukti "
        "memberi profit harian kepada ribuan member.",
        "Setor modal, pilih dua digit, dan tunggu hasil pukul 22.00. Jika digit cocok, profit 95 kali modal langsung "
        "masuk ke saldo.",
        "Gabung grup Telegram untuk sinyal angka VIP.",
    ], "komentar:9"),
    ("Link Alternatif Sabung Ayam Anti Blokir Nawala", [
        "Link alternatif resmi untuk login saat situs utama diblokir internet positif.",
    ], "gambar"),
    ("Kamtibmas Kondusif, Saatnya Main Slot Gacor Bersama Bhayangkara88", [
        "Situasi kamtibmas yang aman dan kondusif membuat warga bisa bersantai di rumah. Isi waktu luang dengan "
        "Bhayangkara88, situs slot yang sedang naik daun dengan bonus harian tanpa syarat turnover.",
        "Deposit via QRIS dan e-wallet, penarikan diproses kurang dari tiga menit.",
    ], "tribrata:jatim"),
    ("Presisi88 – Link Login Resmi dan Daftar Akun Gacor", [
        "Presisi88 hadir sebagai situs permainan online dengan tingkat kemenangan tinggi. Login menggunakan link "
        "resmi untuk menghindari situs tiruan.",
        "Member baru langsung mendapat bonus 100% dan freespin setiap hari.",
    ], "tribrata:sulsel"),
    ("Unduh Dokumen Publik – Bandar Toto Terbesar dan Terpercaya", [
        "Bandar toto terbesar dan terpercaya menyediakan pasaran resmi dari seluruh dunia, hadiah 4D tertinggi "
        "dan diskon setiap pembelian.",
        "Silakan unduh dokumen dan akses link resmi di bawah ini.",
    ], "lembaga:kemenag"),
]
