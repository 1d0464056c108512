"""Batch b3 of the gambling spam: pages that must never be archived.

Written blind, without the classifier's rules in view (only the issue text, the earlier batches' format and the
domain notes were read), as held-out data. Each entry: ``(title, paragraphs, layout)`` as in spam.py; the layouts
include the six of spam.py and those added for b3 in build.py: ``amp`` (an AMP page of a hijacked news domain),
``wp_hijack`` (a spam post keeping the WordPress site's sidebar of police news), ``blogspot`` (a Blogger blog
turned casino), ``english`` (an English casino page), ``fake_news`` (a casino page posing as a news article),
``short`` (a line or two and a link), ``gov_sub`` (a government subdomain's CMS around the spam), ``linkcloud``
(a tag cloud of casino links with little text).
The traps: obfuscated spellings (s1ot, g4cor, t0gel, b0la, spaced letters, Cyrillic look-alikes, non-breaking
and other unusual hyphens, zero-width spaces), spam posing as police or regional news, English and mixed pages,
"game penghasil uang" disguises, pages of a few words.
"""

NBH = "\u2011"  # non-breaking hyphen
HY = "\u2010"  # hyphen
ZW = "\u200b"  # zero-width space
CS = "\u0455"  # Cyrillic dze, looks like s
CO = "\u043e"  # Cyrillic o

SPAM_B3 = [
    ("S1OT G4COR HARI INI ⚡ Link Resmi Anti Rungkad 2025", [
        "S1ot g4cor hari ini dengan winrate tertinggi se-Indonesia. Cukup deposit 5rb langsung bisa spin!",
        "Akun pro server luar, anti rungkad, maxwin auto cair. Bonus new member 100% di awal tanpa ribet.",
        "Simpan link resmi kami biar gak kena nawala.",
    ], "landing"),
    ("Prediksi T0gel Macau Malam Ini Jitu 4D 3D 2D", [
        "Prediksi t0gel macau malam ini: BBFS 7 digit 1-3-5-6-8-9-0, angka main 35 68, colok bebas 6.",
        "Bet mulai 100 perak di bandar t0gel online kami. Diskon 4D 66% dan hadiah full untuk 2D depan/tengah.",
        "Rumus jitu ini dibagikan langsung oleh master paito kami, gratis untuk member.",
    ], "wp_hijack"),
    (f"slot{NBH}gacor malam ini | situs slot{NBH}gacor terpercaya", [
        f"Cari slot{NBH}gacor malam ini? Di sini tempatnya. Ratusan game dari provider ternama, RTP di atas 97%.",
        f"Login slot{NBH}gacor pakai link di bawah, deposit e-wallet 24 jam nonstop.",
    ], "amp"),
    ("Best Online Slots Indonesia 2025 – Instant Withdrawal, No KYC", [
        "Looking for the best online slots in Indonesia? Our platform offers 3,000+ games from top providers with "
        "an RTP up to 98.5% and instant withdrawals to local banks and e-wallets.",
        "No KYC, no waiting. Sign up in 30 seconds, deposit from IDR 10,000 and grab a 150% welcome bonus plus "
        "50 free spins on Gates of Olympus.",
        "Daily cashback, weekly tournaments and a VIP club with personal account managers.",
    ], "english"),
    ("Kapolres Benarkan Situs Ini Legal dan Aman Dimainkan Warga", [
        "PONTIANAK – Sebuah situs permainan slot yang belakangan ramai dibicarakan disebut aman dimainkan dan tidak "
        "termasuk target penindakan, menurut keterangan yang beredar di kalangan pemain.",
        "Situs tersebut mengantongi lisensi internasional dan rutin membayar kemenangan member hingga ratusan "
        "juta rupiah. Proses penarikan dana diklaim hanya dua menit.",
        "Bagi warga yang ingin mencoba, pendaftaran dapat dilakukan melalui tautan resmi di akhir artikel ini. "
        "Member baru langsung mendapat saldo gratis Rp 25.000.",
    ], "fake_news"),
    ("Festival Cap Go Meh Singkawang 2025 Meriah, Pengunjung Serbu Slot Gacor Imlek", [
        "SINGKAWANG – Perayaan Cap Go Meh tahun ini dipadati ratusan ribu pengunjung. Di tengah kemeriahan, "
        "promo angpao slot gacor imlek juga ramai diburu para pemain.",
        "Event angpao hoki membagikan total hadiah Rp 888 juta untuk member yang mendapat scatter naga di game "
        "Fortune Dragon selama masa festival.",
        "Daftarkan dirimu sekarang dan rayakan Cap Go Meh dengan maxwin. Gong xi fa cai!",
    ], "fake_news"),
    ("link s1ot", [
        "link s1ot resmi anti blokir, klik di sini 👇",
    ], "short"),
    ("PPID Kabupaten – Slot Server Vietnam Gampang Menang", [
        "Slot server Vietnam gampang menang dengan akun khusus pemain Indonesia. Modal receh, hasil melimpah.",
        "Daftar slot Vietnam resmi, deposit via QRIS dan pulsa tanpa potongan.",
        "Informasi Publik | Regulasi | Login Member",
    ], "gov_sub"),
    ("Kumpulan Link Situs Toto dan Slot Terbaru", [
        "Link situs toto dan slot terbaru hari ini.",
    ], "linkcloud"),
    ("Bocoran Angka Sydney Lotto Hari Ini Paling Akurat", [
        "Angka main Sydney hari ini: 2 4 7 9. Kepala 2/4, ekor 7/9. Shio jitu: kuda.",
        "Jangan lupa pasang di situs toto terpercaya dengan hadiah 4D x10.000. Result SDY keluar pukul 13.50 WIB.",
    ], "blogspot"),
    ("Slot Online Indonesia | Deposit QRIS | Fast WD Gampang JP", [
        "Welcome to the number one slot online Indonesia. Deposit QRIS cuma 10 ribu, fast WD under 3 minutes, "
        "gampang JP setiap hari!",
        "Claim your bonus new member 50% sekarang juga, no turnover drama. Available 24/7 with live chat support.",
    ], "landing"),
    ("Mahjong Wins 3 Gacor: Scatter Hitam Berturut-turut, Pemain Pontianak Cuan 72 Juta", [
        "Game Mahjong Wins 3 dari Pragmatic sedang panas. Scatter hitam turun empat kali berturut-turut di akun "
        "seorang pemain asal Pontianak, kemenangan Rp 72 juta langsung ditarik.",
        "Tips dari admin: mainkan bet 800, buy free spin saat sesi ke-3, dan gunakan mode turbo.",
        "Akun demo tersedia, tapi maxwin hanya bisa di akun asli. Gas daftar!",
    ], "wp_hijack"),
    ("TOTO4D LOGIN ✅ Situs Toto Togel 4D Hadiah Terbesar", [
        "Toto4D situs toto togel 4D resmi dengan 60 pasaran, hadiah 4D 10.000x dan minimal bet 100 rupiah.",
        "Login Toto4D melalui link alternatif anti blokir.",
    ], "landing"),
    ("Slot Bet 200 Perak Paling Gacor Buat Kaum Mendang-mending", [
        "Modal tipis? Tenang, slot bet 200 perak ini cocok buat kamu yang mau coba-coba tanpa boncos.",
        "Pilih game volatilitas rendah, aktifkan ante bet, dan tunggu scatter. Banyak member yang cuan dari saldo "
        "cuma 20 ribu.",
    ], "blogspot"),
    ("Rekomendasi Situs Judol Paling Amanah 2025 (Pasti Bayar)", [
        "Lelah ditipu situs abal-abal? Ini rekomendasi situs judol paling amanah versi komunitas kami: semua "
        "sudah diuji withdraw jutaan rupiah.",
        "Nomor 1 punya bonus harian, nomor 2 spesialis togel, nomor 3 terkuat di live casino. Pilih sesuai "
        "seleramu, klik, daftar, main!",
    ], "linkfarm"),
    ("Kakek Merah Lagi Ngamuk! Gates of Olympus Super Scatter x1000", [
        "Kakek Merah alias Zeus di Gates of Olympus Super Scatter sedang ngamuk hari ini. Petir x1000 turun di jam "
        "14.00 WIB!",
        "Jangan ketinggalan momen gacor ini. Main di situs kami, withdraw berapa pun dibayar lunas.",
    ], "amp"),
    ("Cara Daftar Akun Pro Kamboja Tanpa Ribet", [
        "Akun pro Kamboja adalah akun khusus dengan RTP lebih tinggi dari akun biasa. Caranya mudah: isi form, "
        "pilih bank, dan hubungi CS untuk aktivasi server Kamboja.",
        "Minimal deposit 25 ribu. Setelah aktif, kamu bisa langsung klaim freespin harian.",
        "Kuota akun pro terbatas setiap hari!",
    ], "wp_hijack"),
    ("Dinas Pemuda dan Olahraga – Bandar B0la Piala Dunia 2026, P4rlay Mulai 5rb", [
        "Sambut Piala Dunia 2026 bareng bandar b0la terpercaya. P4rlay mulai 5 ribu, menang sampai 500x.",
        "Odds handicap dan over-under terlengkap, live streaming gratis untuk member.",
    ], "gov"),
    ("Aplikasi Penghasil Uang Tercepat 2025 Terbukti Membayar ke DANA", [
        "Cuma main game putar roda, saldo DANA langsung bertambah. Aplikasi penghasil uang ini sudah membayar "
        "member lebih dari Rp 50 miliar.",
        "Isi saldo awal 20 ribu untuk membuka fitur spin berhadiah. Makin besar saldo, makin besar jackpot yang "
        "bisa kamu tarik.",
        "Unduh APK lewat tautan di bawah karena aplikasi ini tidak tersedia di Play Store.",
    ], "fake_news"),
    ("Jual Chip Higgs Domino Murah, Bisa Tukar Jadi Uang", [
        "Jual chip Higgs Domino harga termurah: 1B cuma 65 ribu. Menang di room bandar? Chip bisa kami beli lagi, "
        "cair ke rekening.",
        "Order via WhatsApp, proses 5 menit.",
    ], "short"),
    (f"{CS}lot g{CO}cor hari ini – s{ZW}lot maxwin terbaru", [
        f"{CS}lot g{CO}cor hari ini paling dicari! Situs s{ZW}lot maxwin dengan RTP live diperbarui tiap menit.",
        "Daftar gratis dan nikmati turnamen harian berhadiah total 100 juta.",
    ], "amp"),
    ("Pengumuman Hasil Seleksi PPPK 2025 dan Link Slot Resmi", [
        "Pengumuman hasil seleksi PPPK tahap II dapat diunduh melalui tautan berikut. Sambil menunggu, isi waktu "
        "dengan bermain slot resmi gampang menang di situs mitra kami.",
        "Bonus khusus ASN dan honorer: cashback 15% setiap kekalahan. Deposit via semua bank daerah.",
    ], "gov_sub"),
    ("Quick Count Pilkada Kalbar 2024 Terupdate + Taruhan Pilkada Online", [
        "Update hasil hitung cepat pemilihan gubernur Kalimantan Barat setiap 10 menit.",
        "Yakin jagoanmu menang? Pasang taruhan pilkada di sportsbook kami, odds 1:1,85. Kemenangan dibayar "
        "setelah penetapan KPU.",
    ], "fake_news"),
    ("Jadwal Imsakiyah Pontianak Ramadhan 2025 | Slot Gacor Ngabuburit", [
        "Jadwal imsakiyah Pontianak lengkap 30 hari tersedia di halaman ini.",
        "Ngabuburit sambil cuan? Main slot gacor ngabuburit, event THR member dengan total hadiah Rp 1 miliar "
        "selama bulan Ramadhan.",
    ], "blogspot"),
    ("Pola Olympus x1000 Jam Gacor Hari Ini", [
        "Pola olympus x1000 hari ini: DC on, spin 20 manual bet 600, lanjut 50 auto turbo. Jam gacor 01.00–03.00.",
        "Cek link gacor harian kami sebelum main.",
    ], "linkcloud"),
    ("Trusted Online Casino List for Indonesian Players", [
        "Our experts ranked the most trusted online casinos that accept Indonesian rupiah.",
        "Each site below pays out fast and accepts local e-wallets.",
    ], "linkfarm"),
    ("maxwin", [
        "gas maxwin sekarang",
    ], "short"),
    (f"S L O T 8 8 – Daftar S{HY}L{HY}O{HY}T 8 8 Resmi", [
        f"S L O T 8 8 resmi. Daftar S{HY}L{HY}O{HY}T 8 8 sekarang dan nikmati bonus deposit harian.",
        "Semua game anti lag, server Asia.",
    ], "landing"),
    ("Live Baccarat & Roulette – Main Casino Online Pakai Rupiah", [
        "Experience real dealers from Manila and Phnom Penh. Main live baccarat, roulette dan sicbo pakai rupiah, "
        "minimal bet 10K.",
        "Rollingan casino 1% tiap minggu, no max win. Join now!",
    ], "english"),
    ("SV388 Login Sabung Ayam Online Resmi Indonesia", [
        "SV388 login resmi untuk taruhan sabung ayam online. Siaran langsung dari arena Kamboja setiap hari mulai "
        "pukul 11.00.",
        "Daftar SV388 gratis, deposit minimal 50 ribu, win streak dapat bonus tambahan.",
    ], "cloaked"),
    ("Bocoran Admin Jarwo Hari Ini: Game Paling Gacor", [
        "Admin Jarwo kembali membagikan bocoran game paling gacor hari ini: Wild Bounty Showdown, Mahjong Wins 3 "
        "dan Starlight Christmas.",
        "Ikuti arahan admin dan buktikan sendiri. Grup VIP Telegram terbuka untuk member dengan deposit di atas "
        "100 ribu.",
    ], "post"),
    ("Keluaran Togel Kamboja dan Pasaran Toto Pools Lengkap", [
        "Keluaran togel Kamboja hari ini, pasaran pools resmi dengan result jam 11.50 WIB.",
        "Tabel data keluaran lengkap sejak 2019. Bermain aman di situs toto pilihan kami.",
    ], "blogspot"),
    ("Daftar Situs Slot Luar Negeri Terbaru Gampang Maxwin", [
        "Situs slot luar negeri lebih gacor karena tidak diatur RTP lokal. Berikut daftar situs slot luar negeri "
        "terbaru yang menerima pemain Indonesia.",
        "Semua sudah terverifikasi, deposit mulai 10 ribu. Klik salah satu tombol untuk mulai.",
    ], "wp_hijack"),
    ("Warga Ketapang Ramai-ramai Menang Aztec Gems, Ini Kata Admin", [
        "KETAPANG – Sejumlah warga di Ketapang mengaku menang besar di permainan Aztec Gems dalam sepekan "
        "terakhir. Admin situs menyebut server sedang dalam periode gacor.",
        "\"Kami bagikan jackpot untuk merayakan ulang tahun situs,\" kata admin melalui siaran pers. Promo berlaku "
        "hingga akhir bulan.",
        "Warga yang tertarik dapat mendaftar lewat tombol di bawah artikel.",
    ], "fake_news"),
    ("Situs Slot Anti Rungkad Bikin Heboh Warga Kalbar", [
        "Berita Kalbar – Situs slot anti rungkad sedang jadi perbincangan hangat di Kalimantan Barat. Ribuan warga "
        "disebut sudah merasakan maxwin hanya dengan modal kecil.",
        "Tim redaksi mencoba langsung dan berhasil withdraw Rp 3,5 juta dari deposit 50 ribu. Penasaran? Daftar "
        "di link berikut.",
    ], "wp_hijack"),
    ("Demo Slot x500 Gratis No Login", [
        "Main demo slot x500 gratis tanpa login. Kalau sudah jago, lanjut akun asli biar cuan.",
    ], "short"),
    ("Portal Informasi Desa Sungai Rengas – T0GEL ONLINE TERPERCAYA", [
        "T0GEL ONLINE TERPERCAYA | Bandar t0gel resmi hadiah 4D 10 juta. Pasaran HK, SGP, SDY, Taiwan.",
        "Beranda · Profil Desa · Login Member · Daftar",
    ], "gov_sub"),
    ("Game Tembak Ikan Penghasil Saldo DANA dan OVO", [
        "Tembak ikan penghasil saldo DANA dan OVO, bukan sekadar hiburan! Tukar koin kemenanganmu menjadi saldo "
        "asli setiap hari.",
        "Top up mulai 15 ribu. Bos ikan emas memberikan jackpot hingga 5 juta.",
    ], "landing"),
    (f"Situs Judi Bola Resmi – Mix{HY}Parlay, Handicap, Over{NBH}Under", [
        f"Situs judi bola resmi dengan mix{HY}parlay 2 tim sampai 10 tim. Handicap dan over{NBH}under semua liga.",
        "Cashback kekalahan 5% dan bonus referral seumur hidup.",
    ], "cloaked"),
    ("Raih Jackpot Malam Ini – Link Login Gacor Terupdate", [
        "Link login gacor terupdate malam ini. Semua link anti blokir, aman diakses tanpa VPN.",
        "Jackpot progresif malam ini sudah tembus Rp 1,2 miliar.",
    ], "redirect"),
    ("Info Lowongan Kerja Pontianak Terbaru – Kerja dari Rumah Jadi Admin Slot", [
        "Dibutuhkan segera admin chat dan admin deposit untuk situs slot internasional. Kerja dari rumah, gaji "
        "6–8 juta, bonus omzet.",
        "Sambil menunggu panggilan, kamu juga bisa main dan klaim bonus member baru 100%.",
    ], "blogspot"),
    ("POLA GACOR ☆ RTP SLOT ☆ LINK ALTERNATIF", [
        "pola gacor rtp slot link alternatif bocoran jam hoki scatter maxwin",
    ], "linkcloud"),
    ("Berita Terkini: Warga Sambas Bawa Pulang Motor dari Event Turnamen Slot", [
        "SAMBAS – Seorang warga Sambas membawa pulang sepeda motor baru setelah menjadi juara turnamen slot "
        "bulanan yang digelar situs kami.",
        "Turnamen bulan depan berhadiah mobil. Skor dihitung dari total perkalian kemenangan. Daftar sebelum "
        "kuota habis!",
    ], "amp"),
]
