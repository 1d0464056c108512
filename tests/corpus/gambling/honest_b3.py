"""Batch b3 of the honest pages: news and police releases ABOUT gambling crime, which must be kept.

Written blind, without the classifier's rules in view (only the issue text, the earlier batches' format and the
domain notes were read), as held-out data. Each entry: ``(title, paragraphs)`` as in honest.py, or
``(title, paragraphs, template)`` naming one of build.HONEST_B3_TEMPLATES (the English pages use ``english``);
without a name the template rotates over build.HONEST_B3_ROTATION.
The kinds: arrests of online-gambling operators and admins quoting the sites' names and slogans, raids on a lapak
togel, court verdicts, socialisation talks, Komdigi blocking sites, OJK and PPATK freezing accounts, clerics'
statements, a regent's circular, releases listing the evidence, hijacked government sites reported as news,
English-language reports, very short notes, an all-capitals headline.
"""

HONEST_B3 = [
    ("Polres Kubu Raya Ringkus Tiga Admin Situs Judi Online NAGA303 dan BOSKU77", [
        "KUBU RAYA – Tim Satreskrim Polres Kubu Raya meringkus tiga pemuda yang bertugas sebagai admin dua situs judi "
        "daring, NAGA303 dan BOSKU77, di sebuah rumah toko di Jalan Arteri Supadio, Rabu (9/10/2024).",
        "Kasat Reskrim AKP Rahmad Kartono menjelaskan, ketiganya mengelola akun media sosial yang memasang iklan "
        "bertuliskan 'slot gacor anti rungkad' dan 'deposit 10 ribu langsung main'. Setiap admin menerima upah "
        "Rp 4,5 juta per bulan dari seorang pengendali yang tinggal di luar negeri.",
        "Dari lokasi, petugas menyita lima unit laptop, delapan telepon seluler, 14 kartu SIM serta buku catatan "
        "berisi nama pengguna pemain.",
        "Ketiga tersangka dijerat Pasal 303 KUHP juncto Pasal 45 ayat (3) UU ITE, dengan ancaman pidana penjara "
        "di atas lima tahun.",
    ]),
    ("Lapak Togel di Belakang Pasar Digerebek, Polsek Pontianak Barat Sita Rekapan Angka", [
        "Pontianak — Unit Reskrim Polsek Pontianak Barat menggerebek sebuah lapak togel yang beroperasi di los "
        "belakang pasar tradisional, Sabtu (12/10/2024) sekitar pukul 16.30 WIB.",
        "Seorang pria paruh baya berinisial TJ (57) diamankan ketika sedang mencatat pesanan angka pasaran "
        "Singapura dari para pembeli.",
        "Kapolsek Pontianak Barat Kompol Jatmiko mengatakan penggerebekan merupakan tindak lanjut keluhan "
        "pedagang yang terganggu dengan kerumunan di sekitar lapak setiap sore.",
        "Barang bukti yang disita berupa dua lembar rekap togel, satu buku tulis, satu ponsel merek Oppo dan "
        "uang tunai Rp 735.000.",
    ]),
    ("Admin Judi Online Divonis 2 Tahun 6 Bulan oleh PN Pontianak", [
        "Majelis hakim Pengadilan Negeri Pontianak menjatuhkan vonis dua tahun enam bulan penjara kepada RA (29), "
        "terdakwa perkara judi online, Kamis (17/10/2024).",
        "Hakim menilai terdakwa terbukti secara sah dan meyakinkan dengan sengaja menyediakan kesempatan bermain "
        "judi melalui situs yang ia kelola. Selain pidana badan, terdakwa didenda Rp 50 juta subsider tiga bulan "
        "kurungan.",
        "Vonis tersebut lebih ringan dari tuntutan jaksa penuntut umum, yakni tiga tahun penjara. Terdakwa "
        "menyatakan pikir-pikir.",
        "Perkara ini bermula dari penangkapan oleh Ditreskrimsus Polda Kalbar pada awal tahun. Dalam persidangan "
        "terungkap, situs tersebut menampung lebih dari 2.000 akun pemain aktif.",
    ]),
    ("Komdigi Putus Akses 3,1 Juta Konten Judi Online Sejak 2023", [
        "JAKARTA – Kementerian Komunikasi dan Digital (Komdigi) telah memutus akses lebih dari 3,1 juta konten "
        "bermuatan perjudian daring sejak Juli 2023.",
        "Konten tersebut mencakup situs web, akun media sosial, aplikasi hingga halaman yang disisipkan ke "
        "laman milik lembaga pendidikan dan pemerintah daerah.",
        "Menteri Komunikasi dan Digital menyebut pelaku terus membuat domain baru setelah diblokir, sehingga "
        "pemblokiran harus dibarengi penegakan hukum terhadap pengelolanya.",
        "Masyarakat diminta melaporkan temuan melalui kanal aduankonten.id.",
    ]),
    ("OJK Minta Bank Blokir 8.000 Rekening Terkait Judi Online", [
        "Otoritas Jasa Keuangan (OJK) meminta perbankan memblokir sekitar 8.000 rekening yang terindikasi "
        "digunakan untuk menampung transaksi judi online.",
        "Data rekening diperoleh dari Kementerian Komunikasi dan Digital serta hasil penelusuran PPATK. OJK juga "
        "meminta bank melakukan uji tuntas lanjutan terhadap nasabah yang identitasnya dipakai membuka rekening.",
        "\"Rekening yang dijual-belikan menjadi pintu masuk utama dana perjudian,\" kata pejabat OJK dalam "
        "keterangan tertulis.",
    ]),
    ("MUI Kalbar: Judi Online Haram, Ulama Diminta Ikut Menyadarkan Umat", [
        "PONTIANAK – Majelis Ulama Indonesia (MUI) Provinsi Kalimantan Barat menegaskan bahwa judi dalam bentuk "
        "apa pun, termasuk judi online, hukumnya haram.",
        "Ketua MUI Kalbar mengimbau para dai dan khatib mengangkat bahaya judi daring dalam ceramah dan khotbah "
        "Jumat, karena dampaknya telah merusak ekonomi keluarga.",
        "Ia juga mengapresiasi langkah Polda Kalbar yang menindak bandar dan promotor judi di wilayah itu.",
        "\"Jangan tertipu iklan yang menjanjikan kaya mendadak. Itu jebakan,\" ujarnya usai rapat koordinasi "
        "bersama Forkopimda.",
    ], "gov"),
    ("Bupati Sanggau Terbitkan Surat Edaran Larangan ASN Bermain Judi Online", [
        "Bupati Sanggau menerbitkan surat edaran yang melarang seluruh aparatur sipil negara (ASN) dan tenaga "
        "honorer di lingkungan Pemkab Sanggau terlibat perjudian, baik konvensional maupun daring.",
        "Surat edaran tersebut meminta setiap kepala perangkat daerah mengawasi bawahannya dan melaporkan pegawai "
        "yang diketahui berjudi kepada Badan Kepegawaian dan Pengembangan SDM.",
        "ASN yang terbukti melanggar dapat dijatuhi hukuman disiplin berat sesuai Peraturan Pemerintah Nomor 94 "
        "Tahun 2021, hingga pemberhentian.",
        "Pemkab juga akan berkoordinasi dengan Polres Sanggau untuk pemeriksaan acak ponsel pegawai bila "
        "diperlukan.",
    ], "gov"),
    ("Rilis Polres Landak: Ini Daftar Barang Bukti dari Penangkapan Pengecer Togel", [
        "NGABANG – Polres Landak merilis hasil penangkapan seorang pengecer togel di Kecamatan Ngabang dalam "
        "konferensi pers di Mapolres, Senin (21/10/2024).",
        "Barang bukti yang diamankan: 1 (satu) unit HP Samsung warna hitam; 1 (satu) unit HP Vivo warna biru; "
        "3 (tiga) lembar rekap togel; 1 (satu) buah pena; 1 (satu) buah kalkulator; dan uang tunai sebesar "
        "Rp 1.250.000.",
        "Kapolres Landak AKBP Hendro Wibowo melalui Kasi Humas Iptu Hartono menyebut pelaku menjual angka "
        "pasaran Hongkong dan Sydney dengan komisi 20 persen dari setiap penjualan.",
        "Tersangka dipersangkakan Pasal 303 ayat (1) ke-2 KUHP.",
    ]),
    ("West Kalimantan police arrest 14 over online gambling ring", [
        "PONTIANAK — Police in West Kalimantan have arrested 14 people suspected of running customer-service and "
        "payment operations for several online gambling websites, officials said on Tuesday.",
        "The suspects, mostly in their twenties, worked in shifts from two rented houses in Pontianak, answering "
        "players' questions, processing deposits and posting advertisements that promised a 'maxwin' on slot "
        "games.",
        "Investigators seized 22 mobile phones, 9 laptops and dozens of bank cards. The websites' servers are "
        "believed to be located in Cambodia.",
        "The suspects face charges under Article 303 of the Criminal Code and the Electronic Information and "
        "Transactions Law, which carry prison terms of up to ten years.",
    ], "english"),
    ("Indonesia has blocked millions of gambling sites. Why do they keep coming back?", [
        "JAKARTA — Every week, Indonesia's digital ministry takes down tens of thousands of web pages promoting "
        "online gambling. Every week, new ones appear.",
        "Many are hosted abroad and use throwaway domain names, while others are planted on hacked websites of "
        "universities and local governments, where pages titled 'slot gacor' or 'situs togel' sit beside "
        "official announcements.",
        "Experts say blocking alone cannot keep up. 'You have to follow the money,' a cybercrime researcher told "
        "the paper, pointing to the bank accounts and e-wallets used to collect players' deposits.",
        "The national police formed a task force on online gambling last year and say they have named thousands "
        "of suspects, from street-level promoters to payment agents.",
    ], "english"),
    ("Sosialisasi di Pondok Pesantren, Polres Singkawang Ajak Santri Tolak Judi Online", [
        "Satbinmas Polres Singkawang menggelar sosialisasi bahaya judi online di sebuah pondok pesantren di "
        "Kecamatan Singkawang Utara, Jumat pagi.",
        "Kasat Binmas AKP Suwandi memaparkan cara kerja iklan judi yang menyusup lewat gim daring dan video "
        "pendek. Menurutnya, sebagian besar pemain pemula tergiur tawaran bonus pendaftaran.",
        "Para santri diajak mengenali ciri-ciri ajakan berjudi dan melapor ke ustaz atau Bhabinkamtibmas.",
    ]),
    ("Ditreskrimsus Polda Kalbar Bongkar Judi Online Berkedok Toko Daring, Deposit Lewat QRIS", [
        "PONTIANAK – Subdit V Siber Ditreskrimsus Polda Kalbar membongkar praktik judi online yang menyamarkan "
        "pembayaran deposit sebagai transaksi belanja di sebuah toko daring.",
        "Pemain situs LIGAPLAY88 diarahkan memindai kode QRIS milik toko pakaian fiktif. Dana kemudian dipindahkan "
        "ke rekening penampung sebelum dikirim ke pengelola situs.",
        "Dirreskrimsus Polda Kalbar Kombes Pol Bowo Gede Imantio mengatakan dua tersangka, pemilik usaha fiktif "
        "dan perekrutnya, telah ditahan. Nilai transaksi yang terlacak mencapai Rp 2,7 miliar dalam delapan "
        "bulan.",
        "Penyidik menerapkan Pasal 303 KUHP, UU ITE serta UU Nomor 8 Tahun 2010 tentang Pencegahan dan "
        "Pemberantasan Tindak Pidana Pencucian Uang.",
        "Polda Kalbar juga telah meminta penyedia jasa pembayaran menonaktifkan kode QRIS tersebut.",
    ]),
    ("Dua Penjudi Kartu Diamankan di Nanga Pinoh", [
        "Polsek Nanga Pinoh mengamankan dua pria yang kedapatan berjudi kartu di teras rumah warga, Minggu malam. "
        "Uang taruhan Rp 420 ribu disita.",
    ], "lite"),
    ("Gelapkan Uang Setoran Toko Rp 87 Juta untuk Judi Slot, Karyawan Ditangkap", [
        "Polresta Pontianak menangkap seorang karyawan toko bangunan yang menggelapkan uang setoran penjualan "
        "sebesar Rp 87 juta.",
        "Kepada penyidik, tersangka berinisial YS (31) mengaku uang tersebut habis untuk bermain slot online. "
        "Ia sempat menang beberapa kali sebelum terus mengalami kekalahan.",
        "Kasatreskrim Polresta Pontianak, Kompol Antonius Trias Kuncorojati, menyebut tersangka dikenakan "
        "Pasal 374 KUHP soal penggelapan dalam jabatan.",
        "Pemilik toko melapor setelah menemukan selisih pada pembukuan tiga bulan terakhir.",
    ]),
    ("Pengepul Togel di Perbatasan Badau Ditangkap, Angka Disetor ke Bandar di Malaysia", [
        "PUTUSSIBAU – Polres Kapuas Hulu menangkap seorang pengepul togel di Kecamatan Badau yang diduga menyetor "
        "hasil penjualan angka kepada bandar di negara tetangga.",
        "Pengepul berinisial HS (46) mengumpulkan pesanan dari enam pengecer di desa-desa sekitar perbatasan. "
        "Setiap malam, rekapan angka dikirim melalui aplikasi pesan kepada seorang penghubung.",
        "\"Kami berkoordinasi dengan pihak terkait untuk menelusuri jaringan di luar negeri,\" ujar Kasat Reskrim "
        "Polres Kapuas Hulu AKP Arief Hidayat.",
        "Polisi menyita uang Rp 3,8 juta, dua ponsel dan empat lembar rekap.",
    ]),
    ("Promosikan Situs Slot Lewat Siaran Langsung TikTok, Pria di Bengkayang Ditangkap", [
        "Satreskrim Polres Bengkayang menangkap seorang pria berinisial AP (26) yang mempromosikan situs judi "
        "slot melalui siaran langsung di TikTok.",
        "Dalam siarannya, pelaku memperlihatkan permainan 'Mahjong Ways' sambil menyebut nama situs dan kode "
        "referal. Ia mengaku dibayar Rp 150 ribu untuk setiap jam siaran.",
        "Polisi menyita satu ponsel, satu tripod dan akun media sosial pelaku. Tersangka dijerat Pasal 45 ayat (3) "
        "juncto Pasal 27 ayat (2) UU ITE.",
    ]),
    ("PN Ketapang Hukum Penjual Kupon Togel 10 Bulan Penjara", [
        "Pengadilan Negeri Ketapang menjatuhkan pidana penjara sepuluh bulan kepada SN, penjual kupon togel yang "
        "ditangkap Polsek Delta Pawan pada Juni lalu.",
        "Majelis hakim menyatakan terdakwa bersalah melanggar Pasal 303 ayat (1) ke-2 KUHP. Uang tunai "
        "Rp 1.120.000 hasil penjualan dirampas untuk negara, sedangkan buku rekapan dimusnahkan.",
        "Hal yang meringankan, terdakwa bersikap sopan dan belum pernah dihukum.",
    ]),
    ("Kapolda Kalbar Perintahkan Kapolres Jajaran Sikat Judi Online Tanpa Pandang Bulu", [
        "Kapolda Kalbar Irjen Pol Pipit Rismanto memerintahkan seluruh kapolres di jajaran Polda Kalimantan "
        "Barat menindak tegas praktik judi online, termasuk bila melibatkan anggota Polri.",
        "Instruksi itu disampaikan dalam rapat kerja teknis di Mapolda Kalbar. Kapolda meminta setiap satuan "
        "wilayah membentuk tim khusus yang memantau promosi situs judi di media sosial.",
        "\"Kalau ada anggota yang bermain atau membekingi, proses pidana dan kode etik,\" tegasnya.",
        "Sementara itu, Kombes Pol Raden Petit Wijaya selaku Kabid Humas menambahkan, capaian tiap Polres akan "
        "dievaluasi setiap bulan.",
    ], "odoo"),
    ("Satgas Judi Online Polri Tetapkan Ribuan Tersangka dalam Enam Bulan", [
        "JAKARTA – Satuan Tugas Pemberantasan Perjudian Daring yang dibentuk pemerintah melaporkan Polri telah "
        "menetapkan ribuan tersangka kasus judi online dalam enam bulan terakhir.",
        "Tersangka yang ditangkap meliputi pemain, pengelola rekening, agen deposit, admin situs hingga "
        "pemengaruh yang mempromosikan situs.",
        "Kepala Divisi Humas Polri menyebut penindakan terus dilakukan bersamaan dengan pemblokiran rekening oleh "
        "perbankan dan pemutusan akses oleh Komdigi.",
    ], "national"),
    ("Lapak Togel Pasaran Singapura di Sintang Dibubarkan, Pemilik Kabur", [
        "Personel Polsek Sintang Kota membubarkan lapak penjualan togel di sebuah kios di Jalan MT Haryono, "
        "Sintang, Selasa sore.",
        "Pemilik lapak melarikan diri melalui pintu belakang ketika petugas datang. Polisi mengamankan kupon "
        "bertuliskan angka pasaran Singapura, kertas karbon dan sebuah stempel.",
        "Kapolsek meminta pemilik lapak menyerahkan diri dan memastikan pengejaran terus dilakukan.",
    ]),
    ("Terlilit Utang Judi, Ayah Dua Anak di Sekadau Curi Tabung Gas", [
        "Polsek Sekadau Hilir menangkap seorang ayah dua anak yang mencuri 11 tabung gas elpiji dari gudang "
        "pangkalan milik warga.",
        "Pelaku mengaku terpaksa mencuri karena terlilit utang akibat judi online. Tabung-tabung itu dijual ke "
        "penadah dengan harga murah.",
        "Kapolsek Sekadau Hilir Iptu Bambang menyampaikan pelaku dijerat Pasal 363 KUHP. Polisi juga memburu "
        "penadah barang curian.",
    ]),
    ("Patroli Gabungan TNI-Polri Bubarkan Judi Dadu di Acara Pesta Pernikahan", [
        "Mempawah – Patroli gabungan Polsek Sungai Pinyuh dan Koramil setempat membubarkan permainan judi dadu "
        "kuncang yang digelar di sela pesta pernikahan, Sabtu dini hari.",
        "Lima orang yang diduga sebagai bandar dan pemain dibawa ke Mapolsek. Petugas menyita satu set dadu, "
        "tempurung dan uang Rp 1,9 juta.",
        "Kapolsek mengingatkan tuan rumah hajatan agar tidak membiarkan tamu menggelar perjudian.",
    ]),
    ("Jakarta police trace gambling ads planted on hacked government websites", [
        "JAKARTA — Police have arrested four men accused of hacking dozens of websites belonging to local "
        "governments and schools and filling them with pages advertising gambling sites.",
        "According to investigators, the group was paid per backlink. The planted pages carried titles such as "
        "'slot gacor hari ini' and 'link alternatif togel', and some were shown only to search-engine crawlers.",
        "The suspects allegedly used stolen administrator passwords bought on an online forum. Police said the "
        "affected agencies had been asked to restore their sites and change their credentials.",
    ], "english"),
    ("Situs Dinas di Kalbar Disusupi Halaman Judi Online, Diskominfo Lakukan Pemulihan", [
        "Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat menemukan puluhan halaman asing berisi promosi "
        "judi online pada subdomain milik salah satu organisasi perangkat daerah.",
        "Halaman-halaman tersebut memuat judul seperti 'Situs Togel Resmi' dan 'Slot Thailand Gampang Menang', "
        "padahal tidak pernah diunggah oleh pengelola.",
        "Kepala Diskominfo Kalbar mengatakan server telah diisolasi, celah keamanan ditutup dan halaman ilegal "
        "dihapus. Kasus ini juga dilaporkan ke Ditreskrimsus Polda Kalbar dan BSSN.",
        "Ia mengimbau seluruh pengelola laman pemerintah memperbarui sistem manajemen konten secara berkala.",
    ], "gov"),
    ("Pemilik Konter Pulsa Jadi Agen Deposit Judi Online, Polsek Siantan Bertindak", [
        "Polsek Siantan menangkap pemilik konter pulsa di Jalan Khatulistiwa yang diduga melayani top up saldo "
        "untuk beberapa situs judi online.",
        "Pelanggan datang membawa nomor akun permainan, lalu pemilik konter mentransfer deposit dan memungut "
        "biaya layanan Rp 5.000 per transaksi.",
        "Dari konter disita dua ponsel, satu buku catatan transaksi dan uang Rp 4,1 juta.",
    ]),
    ("Konferensi Pers Akhir Bulan, Polres Sanggau Tampilkan 9 Tersangka Perjudian", [
        "SANGGAU – Polres Sanggau menghadirkan sembilan tersangka perjudian dalam konferensi pers di halaman "
        "Mapolres, Kamis (31/10/2024).",
        "Kapolres Sanggau AKBP Suparno Agus Candra Kusumah merinci, enam tersangka terkait judi online, dua "
        "pengecer togel dan satu bandar judi kartu.",
        "Barang bukti yang ditampilkan antara lain sebelas ponsel, dua buku rekening, satu mesin EDC, rekap "
        "togel dan uang tunai total Rp 12.650.000.",
        "Seluruh tersangka dikenakan Pasal 303 KUHP. Kapolres menegaskan penindakan akan berlanjut di semua "
        "kecamatan.",
    ], "portal"),
    ("bhabinkamtibmas datangi warkop, ingatkan warga soal judol", [
        "Bhabinkamtibmas Desa Sukadana, Bripka Yohanes, menyambangi sejumlah warung kopi pada Rabu malam untuk "
        "mengingatkan warga agar tidak terjerumus judi online atau judol.",
        "Ia menemukan beberapa pemuda yang sering berkumpul sambil bermain gim di ponsel. \"Kalau sudah pakai "
        "uang, itu judi. Jangan coba-coba,\" pesannya.",
        "Pemilik warung juga diminta memasang imbauan larangan berjudi.",
    ]),
    ("Arena Tembak Ikan di Ruko Singkawang Digerebek, 6 Mesin Disita", [
        "Polres Singkawang menggerebek sebuah ruko yang dijadikan arena permainan tembak ikan dengan taruhan uang.",
        "Petugas menyita enam unit mesin, ratusan koin dan buku catatan penukaran. Pengelola arena, seorang "
        "perempuan berinisial LM, diperiksa sebagai tersangka.",
        "Menurut Kasat Reskrim, pemain membeli koin dan dapat menukarkan sisa koin kemenangan dengan uang tunai di "
        "kasir.",
    ]),
    ("Diskominfo Sambas Ajak Warga Laporkan Konten Judi di Media Sosial", [
        "Dinas Komunikasi dan Informatika Kabupaten Sambas mengajak masyarakat aktif melaporkan iklan dan konten "
        "judi online yang beredar di media sosial.",
        "Laporan dapat disampaikan melalui aduankonten.id maupun layanan pengaduan Pemkab. Setiap laporan akan "
        "diteruskan ke Komdigi untuk diputus aksesnya.",
        "Menurut Diskominfo, banyak iklan judi kini menyamar sebagai gim penghasil uang.",
    ]),
    ("Akademisi Untan: Judi Online Menggerus Ekonomi Keluarga Muda", [
        "Dosen Fakultas Ekonomi dan Bisnis Universitas Tanjungpura menilai judi online menjadi ancaman serius "
        "bagi ekonomi rumah tangga muda di Kalimantan Barat.",
        "Dalam seminar di kampus Untan, ia memaparkan bahwa banyak pemain memulai dengan nominal kecil, lalu "
        "berutang melalui pinjaman daring untuk menutup kekalahan.",
        "Ia mendukung penegakan hukum terhadap bandar, namun menekankan pentingnya pendampingan bagi pemain yang "
        "sudah kecanduan.",
    ], "wordpress"),
    ("PPATK Catat Perputaran Dana Judi Online Ratusan Triliun Rupiah", [
        "Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK) mencatat perputaran dana judi online di Indonesia "
        "mencapai ratusan triliun rupiah dalam setahun.",
        "Sebagian besar transaksi bernilai kecil, di bawah Rp 100 ribu, yang menunjukkan banyaknya pemain dari "
        "kalangan berpenghasilan rendah.",
        "PPATK telah menghentikan sementara ribuan rekening dan menyerahkan hasil analisis kepada Polri.",
    ], "national"),
    ("Jual Beli Rekening untuk Judi Online, Dua Warga Sambas Diamankan", [
        "SAMBAS – Satreskrim Polres Sambas mengamankan dua warga yang menjual rekening bank beserta kartu ATM "
        "dan akses mobile banking kepada jaringan judi online.",
        "Setiap paket rekening dijual Rp 700 ribu. Pembeli kemudian menggunakan rekening tersebut untuk menerima "
        "deposit pemain.",
        "Kasat Reskrim Polres Sambas menyebut penjual rekening dapat dijerat sebagai pihak yang turut serta "
        "dalam perjudian.",
    ], "blogger"),
    ("Hasil Operasi Pekat Kapuas 2024: Polresta Pontianak Ungkap 17 Kasus Judi", [
        "Selama dua pekan Operasi Pekat Kapuas 2024, Polresta Pontianak mengungkap 17 kasus perjudian dengan "
        "24 tersangka.",
        "Kasus terbanyak adalah judi online (9 kasus), disusul togel (5 kasus), judi kartu (2 kasus) dan judi "
        "bola (1 kasus).",
        "Kapolresta Pontianak Kombes Pol Adhe Hariadi menyebut seluruh perkara sedang dilengkapi berkasnya untuk "
        "dilimpahkan ke kejaksaan.",
    ], "portal"),
    ("Tiga Penjudi Togel Diciduk", [
        "Tiga pria diamankan Polsek Sungai Ambawang karena membeli dan menjual angka togel.",
        "Ketiganya masih diperiksa.",
    ], "lite"),
    ("POLRES KETAPANG TETAPKAN EMPAT TERSANGKA JUDI ONLINE", [
        "KETAPANG – Polres Ketapang menetapkan empat orang tersangka dalam perkara judi online yang diungkap di "
        "Kecamatan Muara Pawan.",
        "Keempatnya berperan sebagai pemain sekaligus perekrut anggota baru. Mereka mendapat bonus dari situs "
        "setiap kali berhasil mengajak orang mendaftar.",
        "Para tersangka dijerat Pasal 303 bis KUHP dan kini ditahan di Rutan Polres Ketapang.",
    ], "cms"),
    ("Banding Ditolak, Bandar Togel Kapuas Hulu Tetap Dihukum 3 Tahun", [
        "Pengadilan Tinggi Pontianak menolak permohonan banding yang diajukan bandar togel asal Kapuas Hulu dan "
        "menguatkan putusan pengadilan tingkat pertama.",
        "Terdakwa sebelumnya divonis tiga tahun penjara karena menjadi bandar yang menampung setoran dari "
        "belasan pengecer.",
        "Penasihat hukum terdakwa menyatakan masih mempertimbangkan upaya kasasi.",
    ]),
    ("Guru Honorer Terjerat Judi Online, Bupati Kubu Raya: Tidak Ada Toleransi", [
        "Bupati Kubu Raya menyatakan tidak akan menoleransi pegawai, termasuk tenaga honorer, yang terlibat "
        "perjudian setelah seorang guru honorer ditangkap polisi karena judi online.",
        "Guru tersebut diamankan Polsek Sungai Raya bersama dua rekannya saat bermain slot di sebuah rumah.",
        "Dinas Pendidikan diminta memberikan pembinaan dan mengevaluasi status kepegawaian yang bersangkutan.",
    ], "gov"),
    ("Gadaikan Emas Ibu untuk Main Slot, Pemuda Sungai Pinyuh Berurusan dengan Polisi", [
        "Seorang pemuda di Sungai Pinyuh dilaporkan ibunya sendiri setelah menggadaikan perhiasan emas keluarga "
        "tanpa izin.",
        "Uang hasil gadai sebesar Rp 9 juta habis dalam dua hari untuk bermain judi slot. Polisi memfasilitasi "
        "mediasi dan merujuk pemuda itu ke layanan konseling.",
        "Kapolsek Sungai Pinyuh berharap kasus serupa menjadi pelajaran bagi orang tua untuk mengawasi anaknya.",
    ]),
    ("Ini Nama-nama Situs Judi yang Dipakai Jaringan yang Dibongkar Bareskrim", [
        "Bareskrim Polri merilis daftar situs yang dikelola jaringan judi online yang baru dibongkar. Situs-situs "
        "itu antara lain bernama HOKI288, MEGAWIN77, RAJATOTO, SULTANSPIN dan GACOR99.",
        "Menurut penyidik, seluruh situs memakai pola iklan yang sama: 'RTP live 98%', 'bonus new member 100%' "
        "dan 'withdraw pasti dibayar'.",
        "Polisi telah meminta Komdigi memblokir seluruh domain tersebut beserta domain cadangannya. Masyarakat "
        "diimbau tidak mengakses situs-situs itu.",
        "Para tersangka dijerat pasal perjudian, UU ITE dan tindak pidana pencucian uang.",
    ], "national"),
    ("Regent in West Kalimantan bans civil servants from online gambling", [
        "A regent in West Kalimantan has issued a circular forbidding civil servants and contract staff from any "
        "form of gambling, including online betting, and warned that violators could be dismissed.",
        "The move follows the arrest of several local employees by district police this year. Heads of agencies "
        "must report staff suspected of gambling to the personnel office.",
    ], "english"),
    ("Polisi Gagalkan Judi Bola Final Piala Eropa di Kafe Pinggir Kapuas", [
        "Polsek Pontianak Kota menggagalkan praktik judi bola saat nonton bareng final Piala Eropa di sebuah kafe "
        "di tepi Sungai Kapuas.",
        "Dua orang yang mencatat taruhan pengunjung diamankan bersama buku catatan dan uang Rp 5,6 juta.",
        "Pengelola kafe mengaku tidak mengetahui adanya taruhan dan bersedia dimintai keterangan.",
    ], "amp"),
    ("Lima Pelanggar Qanun Maisir Dicambuk di Banda Aceh", [
        "BANDA ACEH – Lima terpidana pelanggar qanun jinayat perkara maisir atau perjudian menjalani hukuman "
        "cambuk di halaman sebuah masjid, Kamis pagi.",
        "Mereka ditangkap Polresta Banda Aceh karena bermain judi online dan judi kartu. Jumlah cambukan "
        "bervariasi antara tujuh hingga sebelas kali sesuai putusan Mahkamah Syar'iyah.",
        "Pelaksanaan eksekusi disaksikan ratusan warga, aparat kepolisian dan Wilayatul Hisbah.",
    ]),
    ("Khotbah Jumat Serentak di Kalbar Angkat Tema Bahaya Judi Online", [
        "Kantor Wilayah Kementerian Agama Kalimantan Barat menetapkan tema khotbah Jumat serentak tentang bahaya "
        "judi online.",
        "Materi khotbah mengingatkan jemaah bahwa perjudian merusak harta, keluarga dan persaudaraan, serta "
        "mengajak masyarakat mendukung aparat menindak bandar.",
        "Polda Kalbar menyambut baik langkah tersebut dan menempatkan personel Binmas di sejumlah masjid untuk "
        "berdialog usai salat.",
    ]),
    ("Polres Melawi Sita 40 Lembar Rekap Togel dari Rumah Bandar", [
        "NANGA PINOH – Penggeledahan rumah seorang bandar togel di Kelurahan Pal Tiga menghasilkan 40 lembar "
        "rekap togel, dua buku besar dan uang tunai Rp 16,3 juta.",
        "Bandar berinisial AW (52) ditangkap tanpa perlawanan. Ia diduga menampung setoran dari 12 pengecer di "
        "tiga kecamatan.",
        "Kasat Reskrim Polres Melawi AKP Yohanes menyatakan tersangka dijerat Pasal 303 KUHP dengan ancaman "
        "pidana penjara paling lama sepuluh tahun.",
    ], "odoo"),
    ("judi online di kalangan pelajar, polsek teluk keramat gelar police goes to school", [
        "Polsek Teluk Keramat menggelar program Police Goes to School di SMP Negeri 2 Teluk Keramat dengan "
        "materi bahaya judi online dan perundungan.",
        "Kanit Binmas Aiptu Sulaiman meminta para siswa tidak membagikan tautan atau kode referal situs judi "
        "yang kerap beredar di grup percakapan kelas.",
    ], "blogger"),
]
