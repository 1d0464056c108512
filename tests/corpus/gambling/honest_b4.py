"""Batch b4 of the honest pages: news and police releases ABOUT gambling crime, which must be kept.

Written blind, without the classifier's rules in view (only the issue text, build.py, the earlier batches' entry
lists for their format and the domain notes were read), as held-out data. Each entry: ``(title, paragraphs)`` or
``(title, paragraphs, "template")`` or ``(title, paragraphs, "template:arg")``, the template one of
build.HONEST_B4_TEMPLATES (without one it rotates over build.HONEST_B4_ROTATION); the arg picks the site (an index
into build.B4_OUTLETS, SCHOOLS, VILLAGES or WIRES, a Polda key, a Polres name, an institution key or an op-ed's
author). A paragraph may be a table (a tuple of rows, the first its head) or a "## " subheading.
The kinds, from Sumatra, Java, Sulawesi, Papua and Bali: raids on cock-fight arenas (sabung ayam, tajen), togel
sellers caught with their rekapan, cyber-patrol takedowns naming the sites, talks at schools, a pesantren and a
village hall, a promoter's trial, an ASN dismissed, PPATK and a bank on money flows, DPR/DPRD commentary, op-eds, a
release with a table of the evidence, short appeals, English reports, pages with readers' comments, news that
quotes the casinos' own words (scatter hitam, RTP, slot pulsa, akun pro) as evidence.
"""

HONEST_B4 = [
    ("Polres Toraja Utara Gerebek Arena Sabung Ayam di Kebun Kopi, 11 Orang Diamankan", [
        "Satreskrim Polres Toraja Utara menggerebek arena sabung ayam yang digelar di tengah kebun kopi di "
        "Kecamatan Sesean, Minggu (16/3/2025) siang.",
        "Kapolres Toraja Utara AKBP Yudhistira Pranata melalui Kasat Reskrim AKP Markus Palilu mengatakan, "
        "sebelas orang diamankan, termasuk seorang pria yang diduga bertindak sebagai pengumpul taruhan.",
        "Petugas juga menyita sembilan ekor ayam jago, taji besi, terpal, serta uang tunai Rp 4.870.000 yang "
        "berserakan di sekitar arena.",
        "\"Kami hormati adat, tetapi taruhan uang di luar ritual adat tetap perjudian dan akan kami tindak,\" kata "
        "Kasat Reskrim.",
        "Para pelaku dijerat Pasal 303 dan Pasal 303 bis KUHP.",
    ], "polres:Polres Toraja Utara"),
    ("Tajen Tanpa Izin di Kuta Utara Dibubarkan, Polresta Denpasar Amankan Barang Bukti", [
        "DENPASAR – Tim gabungan Polresta Denpasar membubarkan kegiatan tajen yang digelar tanpa kaitan "
        "upacara keagamaan di sebuah lahan kosong di wilayah Kuta Utara, Sabtu (22/2/2025).",
        "Kasi Humas Polresta Denpasar Iptu I Ketut Sukadana menjelaskan, saat petugas tiba puluhan penonton "
        "membubarkan diri. Dua orang yang diduga penyelenggara dibawa ke Mapolresta untuk dimintai keterangan.",
        "Barang bukti yang diamankan antara lain 14 ekor ayam aduan, 22 buah taji dan uang taruhan Rp 2,3 juta.",
        "Polisi mengingatkan, tabuh rah dalam rangkaian upacara berbeda dengan tajen yang disertai taruhan uang.",
    ], "tribrata:bali"),
    ("Pengecer Togel Ditangkap di Warung Kelontong, Polisi Temukan Rekapan Tiga Pasaran", [
        "BANDAR LAMPUNG – Unit Reskrim Polsek Tanjung Karang Timur menangkap seorang pengecer togel berinisial "
        "SW (48) di warung kelontong miliknya, Kamis (6/2/2025) malam.",
        "Dari laci warung, petugas menemukan rekapan angka pasaran Singapura, Hongkong dan Sydney yang ditulis di "
        "buku nota, beserta catatan nama pembeli dan nominal pasangan.",
        "\"Tersangka mengaku mendapat komisi 15 persen dan menyetorkan rekapan ke seseorang melalui pesan "
        "WhatsApp,\" ujar Kapolsek Kompol Heri Susanto.",
        "Polisi masih memburu penampung rekapan tersebut. Tersangka dijerat Pasal 303 ayat (1) KUHP.",
    ], "regional:7"),
    ("Patroli Siber Ditreskrimsus Polda Jateng Ajukan Pemblokiran 312 Situs Slot", [
        "SEMARANG – Subdit V Siber Ditreskrimsus Polda Jawa Tengah mengajukan pemblokiran 312 situs dan akun "
        "yang mempromosikan judi slot selama Januari 2025.",
        "Dirreskrimsus Polda Jateng Kombes Pol Arif Budiman menyebut sebagian situs memakai nama yang meniru "
        "merek terkenal, seperti MAHJONG338, GACORJATENG dan SLOTPANTURA, serta memasang iklan di kolom "
        "komentar akun berita daerah.",
        "Daftar situs telah diserahkan ke Kementerian Komunikasi dan Digital untuk diputus aksesnya. Tim juga "
        "menelusuri pemilik rekening penampung deposit yang tercantum di situs tersebut.",
        "Masyarakat diminta tidak mengklik tautan promosi judi karena kerap disertai pencurian data pribadi.",
    ], "tribrata:jateng"),
    ("Bhabinkamtibmas Beri Materi Bahaya Judi Online pada Upacara Senin", [
        "Bhabinkamtibmas Kelurahan Kebonsari Aipda Slamet Riyadi menjadi pembina upacara di SMP Negeri 4 Jember, "
        "Senin (13/1/2025).",
        "Dalam amanatnya, Aipda Slamet mengingatkan para siswa bahwa permainan yang menjanjikan hadiah uang "
        "dengan syarat isi saldo terlebih dahulu adalah bentuk judi online.",
        "\"Kalau ada teman yang menawari akun atau link, jangan diklik. Ceritakan ke guru atau orang tua,\" pesannya.",
        "Kepala sekolah menyambut baik kegiatan ini dan meminta wali kelas memantau penggunaan ponsel siswa.",
    ], "sekolah:2"),
    ("Sidang Selebgram Promotor Judi Online: Terdakwa Akui Terima Rp 15 Juta per Unggahan", [
        "Pengadilan Negeri Denpasar menggelar sidang lanjutan perkara promosi judi online dengan terdakwa "
        "selebgram berinisial NKA (26), Selasa (11/3/2025).",
        "Dalam pemeriksaan terdakwa, NKA mengaku menerima bayaran Rp 15 juta untuk setiap unggahan video yang "
        "menampilkan dirinya memenangkan permainan slot. Ia menyebut akun yang dipakai dalam video telah diisi "
        "saldo oleh pihak situs.",
        "Jaksa mendakwa terdakwa dengan Pasal 45 ayat (3) juncto Pasal 27 ayat (2) UU ITE. Sidang dilanjutkan "
        "pekan depan dengan agenda tuntutan.",
    ], "lembaga:pn"),
    ("Terbukti Main Judi Online, Seorang ASN Diberhentikan Tidak dengan Hormat", [
        "BKPSDM Kabupaten Jember menyampaikan bahwa seorang aparatur sipil negara di lingkungan Pemkab Jember "
        "diberhentikan tidak dengan hormat setelah terbukti terlibat judi online dan meninggalkan tugas.",
        "Pemeriksaan dilakukan tim gabungan Inspektorat dan BKPSDM setelah ada laporan utang piutang yang "
        "melibatkan sejumlah rekan kerja yang bersangkutan.",
        "Keputusan ini diambil berdasarkan PP Nomor 94 Tahun 2021 tentang Disiplin PNS. BKPSDM mengimbau seluruh "
        "ASN menjauhi segala bentuk perjudian.",
    ], "lembaga:bkpsdm"),
    ("PPATK: Transaksi Judi Online Bergeser ke E-Wallet dan Aset Kripto", [
        "Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK) mencatat pola baru aliran dana perjudian daring "
        "sepanjang semester II 2024.",
        "Nilai deposit melalui dompet elektronik dan pulsa meningkat, sementara dana hasil kemenangan dan "
        "keuntungan bandar semakin sering dikonversi ke aset kripto sebelum dibawa ke luar negeri.",
        "## Rekening nominee",
        "PPATK menemukan ribuan rekening atas nama orang lain, termasuk pelajar dan warga desa, yang dipakai untuk "
        "menampung deposit. Pemilik rekening umumnya menerima imbalan Rp 500 ribu hingga Rp 1 juta.",
        "Hasil analisis telah diserahkan kepada aparat penegak hukum untuk ditindaklanjuti.",
    ], "lembaga:ppatk"),
    ("Seminar di Pesantren, Kemenag dan Polda Lampung Bahas Judi Online dalam Perspektif Fikih", [
        "Kanwil Kemenag Provinsi Lampung bersama Ditbinmas Polda Lampung menggelar seminar bertema \"Maisir di Era "
        "Digital\" di sebuah pondok pesantren di Kabupaten Pringsewu.",
        "Narasumber dari kalangan ulama menjelaskan bahwa judi online termasuk maisir yang diharamkan, sementara "
        "perwakilan Polda memaparkan modus rekrutmen pemain melalui grup media sosial.",
        "Lebih dari 400 santri dan pengajar mengikuti kegiatan tersebut. Pesantren diminta aktif melaporkan bila "
        "menemukan santri atau alumni yang terjerat.",
    ], "lembaga:kemenag"),
    ("Komisi A DPRD Jateng Minta Penindakan Judi Online Sasar Bandar, Bukan Hanya Pemain", [
        "Komisi A DPRD Provinsi Jawa Tengah meminta aparat penegak hukum mengarahkan penindakan judi online "
        "kepada bandar dan jaringan penyedia rekening.",
        "Dalam rapat kerja bersama Polda Jateng, anggota dewan menyebut pemain kebanyakan justru korban yang "
        "terlilit utang dan membutuhkan rehabilitasi.",
        "Dewan juga mendorong pemerintah provinsi menyediakan layanan konseling kecanduan judi di puskesmas.",
    ], "lembaga:dprd"),
    ("Anggota DPR Dorong Sanksi Tegas bagi Platform yang Memuat Iklan Judi", [
        "Anggota Komisi I DPR RI mendesak pemerintah menjatuhkan sanksi kepada platform digital yang membiarkan "
        "iklan judi online tayang berulang kali.",
        "Menurutnya, pemblokiran situs tidak akan efektif bila iklan promosi tetap beredar bebas di media sosial "
        "dan aplikasi pesan.",
        "Ia juga meminta Polri memperkuat kerja sama internasional karena banyak server berada di luar negeri.",
    ], "lembaga:dpr"),
    ("Judi Online Bukan Hiburan, Tetapi Jerat yang Dirancang", [
        "Setiap pekan meja penyidik kami menerima berkas yang polanya hampir sama: seorang pemuda, seorang ayah, "
        "kadang seorang ibu rumah tangga, yang semula mencoba dengan modal kecil lalu berakhir dengan utang.",
        "Situs judi dirancang untuk membuat pemain merasa hampir menang. Animasi, bunyi, dan bonus di awal bukan "
        "kebetulan; semuanya bagian dari rekayasa agar orang terus mengisi saldo.",
        "Penegakan hukum saja tidak cukup. Keluarga, sekolah, tokoh agama dan kita semua perlu memutus mata rantai "
        "ini dari rumah.",
        "Penulis adalah Kasat Reskrim Polres Banyumas.",
    ], "opini:AKP Dimas Aryo Nugroho, S.I.K."),
    ("Rilis Polres Bone: Barang Bukti Pengungkapan Judi Online dan Togel Bulan Februari", [
        "Polres Bone menggelar konferensi pers pengungkapan perkara perjudian selama Februari 2025 di Aula "
        "Mapolres, Jumat (28/2/2025). Sebanyak tujuh tersangka dihadirkan.",
        "Barang bukti yang disita dirinci sebagai berikut:",
        (("No", "Barang bukti", "Jumlah", "Keterangan"),
         ("1", "Telepon genggam", "9 unit", "berisi aplikasi dan akun situs"),
         ("2", "Rekapan togel", "27 lembar", "pasaran SGP dan HK"),
         ("3", "Kartu ATM", "6 buah", "rekening penampung"),
         ("4", "Buku tabungan", "4 buah", "atas nama orang lain"),
         ("5", "Uang tunai", "Rp 8.450.000", "diduga hasil perjudian")),
        "Kapolres Bone AKBP Andi Rahmat Hidayat menegaskan pihaknya tidak akan memberi ruang bagi perjudian "
        "dalam bentuk apa pun. Para tersangka dijerat Pasal 303 KUHP dan UU ITE.",
    ], "polres:Polres Bone"),
    ("Kapolres Garut Imbau Warga Jauhi Judi Online", [
        "Kapolres Garut AKBP Rudi Hartono mengimbau warga menjauhi judi online yang kian marak di perkampungan.",
        "\"Tidak ada orang kaya karena judi. Yang ada rumah tangga berantakan,\" ujarnya singkat usai salat Jumat.",
    ], "regional:2"),
    ("Bali police arrest five over cockfight betting streamed online", [
        "DENPASAR — Bali police have arrested five men accused of streaming cockfights from a village in Gianyar "
        "regency and taking bets from viewers through a messaging app.",
        "Officers said the group used two phones on tripods to broadcast the fights, while a third member "
        "recorded wagers and collected payments through bank transfers and e-wallets.",
        "Cockfighting linked to Balinese Hindu rituals is tolerated, police noted, but betting on it remains a "
        "crime under Article 303 of the Criminal Code.",
    ], "english:2"),
    ("Indonesia's financial intelligence agency flags crypto in gambling money trail", [
        "JAKARTA — Indonesia's Financial Transaction Reports and Analysis Center (PPATK) says online gambling "
        "syndicates are increasingly moving profits through crypto assets.",
        "The agency said thousands of bank accounts opened in the names of students and villagers had been used "
        "to collect deposits, with account holders paid small fees.",
        "PPATK has forwarded its findings to the police and asked banks to tighten checks on newly opened "
        "accounts with unusual transaction patterns.",
        "Analysts say enforcement has pushed operators to switch domains weekly and advertise through hacked "
        "websites of schools and local governments.",
    ], "english:1"),
    ("Sosialisasi Bahaya Judi Online di Balai Nagari", [
        "Pemerintah Nagari Sungai Pua bersama Bhabinkamtibmas dan Babinsa menggelar sosialisasi bahaya judi "
        "online di balai nagari, Rabu (5/2/2025).",
        "Wali nagari menyampaikan keprihatinan karena beberapa pemuda diketahui menjual ternak orang tua untuk "
        "modal bermain. Ninik mamak dan alim ulama diminta ikut mengawasi anak kemenakan.",
        "Bhabinkamtibmas Bripka Yulianto menjelaskan ancaman pidana bagi pemain maupun penyedia judi.",
    ], "desa:2"),
    ("Kampung Yoboi Sepakat Larang Judi Togel dan Kupon di Wilayah Adat", [
        "Masyarakat Kampung Yoboi bersama Ondofolo, Bhabinkamtibmas dan Babinsa menyepakati larangan segala "
        "bentuk perjudian, termasuk penjualan kupon togel, di wilayah kampung.",
        "Kesepakatan diambil dalam musyawarah kampung setelah warga mengeluhkan meningkatnya pertengkaran rumah "
        "tangga akibat judi.",
        "Pelanggar akan dikenai sanksi adat dan dilaporkan ke Polsek Sentani Kota.",
    ], "desa:4"),
    ("Polrestabes Medan Gerebek Judi Dadu Koprok di Gudang Kosong", [
        "MEDAN – Tim Jatanras Satreskrim Polrestabes Medan menggerebek praktik judi dadu koprok di sebuah gudang "
        "kosong di kawasan Medan Deli, Jumat (24/1/2025) dini hari.",
        "Enam orang diamankan beserta tiga buah dadu, satu tempurung, satu lembar tikar bergambar angka dan uang "
        "taruhan Rp 3.125.000.",
        "Kasat Reskrim AKBP Teuku Fathir mengatakan lokasi itu sudah dua kali pindah untuk menghindari petugas.",
    ], "komentar:1"),
    ("Polda Jatim Bongkar Jaringan Judi Online Berkedok Toko Aksesori", [
        "SURABAYA – Ditreskrimsus Polda Jawa Timur membongkar jaringan judi online yang mengendalikan operasional "
        "dari sebuah ruko penjual aksesori ponsel di Sidoarjo.",
        "Sebanyak sembilan tersangka berperan sebagai operator, admin deposit dan penyebar tautan. Mereka "
        "menyebarkan promosi berbunyi \"deposit 10 ribu, WD berapa pun dibayar\" ke ratusan grup.",
        "Polisi menyita 31 ponsel, 7 komputer, serta puluhan kartu ATM. Perputaran uang ditaksir mencapai "
        "Rp 2,1 miliar dalam enam bulan.",
        "Para tersangka dijerat Pasal 27 ayat (2) UU ITE juncto Pasal 45 dan Pasal 303 KUHP.",
    ], "komentar:3"),
    ("Bank Sulselbar Blokir Ratusan Rekening yang Terindikasi Menampung Dana Judi", [
        "Bank Sulselbar memblokir ratusan rekening nasabah yang terindikasi dipakai sebagai penampung dana judi "
        "online setelah menerima daftar dari regulator.",
        "Manajemen bank menyebut sistem pemantauan transaksi mendeteksi pola setoran kecil dalam jumlah besar "
        "dari banyak pengirim yang berbeda dalam waktu singkat.",
        "Nasabah diimbau tidak meminjamkan atau menjual rekening karena dapat ikut terseret proses hukum.",
    ], "lembaga:bank"),
    ("Seminar Fakultas Hukum Uncen Kupas Jerat Pidana bagi Promotor Judi Online", [
        "Fakultas Hukum Universitas Cenderawasih menggelar seminar nasional tentang pertanggungjawaban pidana "
        "promotor judi online, Kamis (20/2/2025).",
        "Pembicara dari Ditreskrimsus Polda Papua memaparkan bahwa pemilik akun media sosial yang menerima "
        "bayaran untuk mempromosikan situs judi dapat dijerat Pasal 27 ayat (2) UU ITE.",
        "Dosen hukum pidana menambahkan, penegakan hukum perlu menyentuh pengendali dana, bukan hanya mereka "
        "yang tampil di layar.",
    ], "sekolah:3"),
    ("Deklarasi Anti Judi Online di MAN 1 Banyumas, Siswa Tanda Tangani Komitmen", [
        "Ratusan siswa MAN 1 Banyumas menandatangani komitmen menolak judi online dalam kegiatan yang digelar "
        "bersama Satbinmas Polresta Banyumas.",
        "Kasat Binmas menyampaikan contoh kasus pelajar yang menjual ponsel dan mencuri uang orang tua demi "
        "deposit. \"Awalnya iseng, akhirnya ketagihan,\" ujarnya.",
        "Madrasah berencana memasukkan materi literasi digital dan bahaya judi ke dalam kegiatan ekstrakurikuler.",
    ], "sekolah:5"),
    ("Razia Pasar Youtefa, Polresta Jayapura Kota Amankan Penjual Kupon Togel", [
        "JAYAPURA – Personel Polresta Jayapura Kota mengamankan dua penjual kupon togel dalam razia di Pasar "
        "Youtefa, Abepura, Selasa (4/3/2025).",
        "Dari keduanya polisi menyita puluhan lembar kupon, buku rekap, dan uang tunai Rp 1,6 juta.",
        "Kapolresta mengimbau warga melapor melalui layanan 110 bila menemukan praktik serupa.",
    ], "regional:5"),
    ("Operator Judi Bola Liga Eropa Diringkus Polresta Manado", [
        "MANADO – Satreskrim Polresta Manado meringkus seorang operator judi bola yang menerima taruhan pertandingan "
        "Liga Eropa melalui pesan singkat.",
        "Tersangka berinisial RT (35) mencatat taruhan handicap dan over-under para pelanggannya dalam aplikasi "
        "catatan di ponsel, lalu meneruskannya ke agen di Jakarta.",
        "Barang bukti berupa dua ponsel dan uang Rp 5,4 juta. Tersangka dikenakan Pasal 303 KUHP.",
    ], "regional:9"),
    ("Polrestabes Medan Ungkap Admin Situs Slot, Nama Situs Dipajang di Konferensi Pers", [
        "Polrestabes Medan mengungkap tiga admin situs slot yang beroperasi dari sebuah apartemen di kawasan "
        "Medan Petisah.",
        "Dalam konferensi pers, polisi menampilkan tangkapan layar situs BINTANG4D, MEDANSLOT dan RAJATOTO88 yang "
        "dikelola para tersangka, lengkap dengan tulisan promosi \"bonus new member 100%\".",
        "Kapolrestabes Medan Kombes Pol Gidion Arif Setiawan menyebut para admin digaji Rp 6 juta per bulan oleh "
        "pengendali yang diduga berada di Kamboja.",
        "Para tersangka dijerat pasal berlapis, yaitu Pasal 303 KUHP dan Pasal 45 ayat (3) UU ITE.",
    ], "tribrata:sumut"),
    ("Sabung Ayam di Sidrap Dibubarkan, Pelaku Kabur ke Sawah", [
        "Personel Polres Sidrap membubarkan sabung ayam di Kecamatan Maritengngae, Minggu (9/2/2025).",
        "Sebagian besar pelaku melarikan diri melewati persawahan. Polisi mengamankan dua orang dan enam ekor "
        "ayam aduan.",
        "Kapolres meminta kepala desa aktif melapor bila ada kegiatan serupa.",
    ], "tribrata:sulsel"),
    ("Polres Mimika Tertibkan Penjual Togel di Sekitar Kawasan Pertokoan", [
        "Polres Mimika menertibkan penjual togel yang kerap mangkal di sekitar kawasan pertokoan Timika.",
        "Kasat Reskrim AKP Rian Oktaria menyebut tiga orang diamankan dan diperiksa. Mereka mengaku menjual "
        "angka dengan komisi dari bandar yang belum diketahui identitasnya.",
        "Polisi juga membagikan selebaran imbauan anti perjudian kepada pemilik toko.",
    ], "tribrata:papua"),
    ("Judi Koa di Lapau Digerebek, Polres Pesisir Selatan Amankan Empat Pria", [
        "Satreskrim Polres Pesisir Selatan menggerebek permainan judi kartu koa di sebuah lapau di Kecamatan "
        "IV Jurai, Sabtu (1/3/2025) malam.",
        "Empat pria diamankan bersama satu set kartu koa dan uang taruhan Rp 640.000.",
        "Kapolres menyatakan penggerebekan berawal dari laporan ninik mamak yang resah dengan aktivitas itu.",
    ], "tribrata:sumbar"),
    ("Berkedok Arisan Online, Admin Judi Tebak Angka Ditangkap Polres Lampung Tengah", [
        "Polres Lampung Tengah menangkap seorang perempuan berinisial DS (31) yang mengelola \"arisan online\" "
        "yang ternyata merupakan judi tebak angka.",
        "Peserta diminta menyetor uang dan menebak dua angka terakhir hasil pasaran togel Hongkong. Peserta yang "
        "tebakannya cocok dijanjikan hadiah puluhan kali lipat, sedangkan uang peserta lain menjadi keuntungan "
        "admin.",
        "Kasat Reskrim AKP Nanda Pratama menyebut grup tersebut beranggotakan lebih dari 300 orang. Tersangka "
        "dijerat Pasal 303 KUHP dan UU ITE.",
    ], "tribrata:lampung"),
    ("Jual Akun \"Pro Thailand\" untuk Judi Slot, Pemuda di Garut Diamankan", [
        "Polres Garut mengamankan seorang pemuda yang menjual akun yang ia sebut \"akun pro Thailand\" dan "
        "\"anti rungkad\" kepada pemain judi slot melalui media sosial.",
        "Menurut penyidik, klaim akun khusus dengan peluang menang lebih tinggi itu hanya taktik pemasaran. "
        "Pembeli tetap diarahkan menyetor deposit ke situs judi.",
        "Tersangka dijerat Pasal 45 ayat (3) juncto Pasal 27 ayat (2) UU ITE.",
    ], "tribrata:jabar"),
    ("Judi Kartu di Rumah Duka Dibubarkan, Polres Minahasa Ingatkan Warga", [
        "Polres Minahasa membubarkan permainan judi kartu yang berlangsung saat acara malam penghiburan di "
        "sebuah rumah duka di Kecamatan Tondano Barat.",
        "Kapolres mengatakan pihaknya menghormati tradisi berkumpul di rumah duka, namun taruhan uang tidak "
        "dibenarkan. Tiga orang diperiksa dan barang bukti uang Rp 1,1 juta disita.",
    ], "tribrata:sulut"),
    ("Hasil Operasi Pekat Semeru 2025, Polresta Sidoarjo Ungkap 14 Kasus Perjudian", [
        "Polresta Sidoarjo merilis hasil Operasi Pekat Semeru 2025. Dari 14 kasus perjudian, 19 tersangka "
        "ditetapkan.",
        (("Jenis perjudian", "Kasus", "Tersangka"),
         ("Judi online (slot)", "6", "8"), ("Togel", "5", "6"), ("Judi kartu", "2", "3"), ("Sabung ayam", "1", "2")),
        "Kapolresta Sidoarjo Kombes Pol Christian Tobing meminta warga melapor bila menemukan praktik perjudian.",
    ], "polres:Polresta Sidoarjo"),
    ("Tim Siber Polres Jember Temukan Halaman Slot di Situs Sekolah", [
        "Tim siber Polres Jember menemukan halaman promosi judi slot yang disisipkan ke situs web milik dua "
        "sekolah dan satu kantor kelurahan.",
        "Halaman tersebut berisi tulisan seperti \"slot dana tanpa potongan\" dan \"RTP live hari ini\" yang "
        "hanya muncul di mesin pencari, sementara tampilan depan situs terlihat normal.",
        "Polisi telah berkoordinasi dengan Diskominfo untuk memulihkan situs dan menelusuri pelaku peretasan.",
    ], "polres:Polres Jember"),
    ("Main Slot di Pos Ronda, Dua Pemuda di Agam Diamankan", [
        "LUBUK BASUNG – Dua pemuda diamankan personel Polres Agam saat bermain judi slot di pos ronda, Selasa "
        "(18/2/2025) dini hari.",
        "Keduanya kini menjalani pemeriksaan. Polisi memanggil orang tua mereka untuk pembinaan.",
    ], "regional:0"),
    ("Admin Situs Judi Divonis 3 Tahun, Hakim PN Surabaya: Terdakwa Sadar Perbuatannya Melanggar Hukum", [
        "SURABAYA – Majelis hakim PN Surabaya menjatuhkan hukuman tiga tahun penjara dan denda Rp 100 juta kepada "
        "AW (27), admin situs judi online.",
        "Hakim menilai terdakwa secara sadar mengelola deposit dan penarikan pemain serta menyebarkan tautan "
        "promosi, sebagaimana dakwaan Pasal 45 ayat (3) UU ITE.",
        "Atas putusan ini, terdakwa dan penasihat hukumnya menyatakan menerima.",
    ], "regional:3"),
    ("Tangkapan Layar \"Scatter Hitam\" Jadi Barang Bukti Kasus Promosi Judi di Makassar", [
        "MAKASSAR – Penyidik Polrestabes Makassar menjadikan puluhan tangkapan layar bertuliskan \"scatter "
        "hitam\", \"maxwin\" dan tabel RTP sebagai barang bukti dalam kasus promosi judi online.",
        "Tangkapan layar itu diunggah tersangka ke grup Facebook beranggotakan puluhan ribu orang untuk "
        "meyakinkan calon pemain bahwa situs yang ia promosikan mudah menang.",
        "Kasat Reskrim menegaskan angka-angka RTP tersebut tidak dapat dipercaya dan hanya alat untuk menjerat "
        "korban.",
    ], "regional:4"),
    ("Warga Purwokerto Resah Judi Online Merebak di Kalangan Buruh Harian", [
        "PURWOKERTO – Sejumlah warga di Kecamatan Purwokerto Selatan mengaku resah dengan maraknya judi online "
        "di kalangan buruh harian.",
        "\"Bayaran sedina langsung entek nggo slot. Bojone nangis-nangis,\" kata Warsito (52), seorang ketua RT.",
        "Kapolsek setempat menyatakan akan meningkatkan patroli dan sambang ke pangkalan ojek serta warung kopi.",
    ], "regional:8"),
    ("Police break up cockfighting ring in South Sulawesi highlands", [
        "MAKASSAR — Police in South Sulawesi say they have broken up a cockfighting ring that drew gamblers from "
        "several regencies to a remote arena in North Toraja.",
        "Eleven people were detained and about 4.9 million rupiah in cash was seized, along with fighting roosters "
        "and metal spurs.",
        "Local officers said ceremonial cockfights tied to customary funerals differ from commercial gambling, "
        "which they will continue to prosecute.",
    ], "english:0"),
    ("Judi Online dan Generasi yang Kehilangan Waktu", [
        "Di kelas, saya kerap melihat mahasiswa yang matanya lelah bukan karena belajar, melainkan karena begadang "
        "menunggu putaran berikutnya.",
        "Judi online berbeda dari judi konvensional: ia ada di saku, buka 24 jam, dan tidak mengenal rasa malu "
        "karena dilakukan sendirian.",
        "Kampus tidak boleh diam. Layanan konseling, literasi keuangan, dan kerja sama dengan kepolisian harus "
        "berjalan bersamaan.",
    ], "opini:Dr. Fransiska Wenda, dosen FISIP"),
    ("POLSEK KEMBARAN AMANKAN TIGA WARGA BERTARUH DI MEJA DOMINO", [
        "Tiga warga diamankan Polsek Kembaran karena bermain domino dengan taruhan uang di sebuah warung, Minggu "
        "malam.",
        "Barang bukti satu set kartu domino dan uang Rp 215.000.",
    ], "komentar:8"),
    ("Polda Sumut Ungkap Situs Judi Slot Pulsa, Iming-iming \"Depo Tanpa Potongan\" Jadi Umpan", [
        "MEDAN – Ditreskrimsus Polda Sumatera Utara mengungkap jaringan situs judi yang menerima deposit melalui "
        "pulsa telepon dengan iming-iming \"depo pulsa tanpa potongan\".",
        "Pulsa yang masuk dijual kembali melalui konter untuk diubah menjadi uang tunai. Empat tersangka, "
        "termasuk pemilik konter, ditangkap.",
        "Polisi mengingatkan bahwa promosi semacam itu sengaja menyasar remaja yang tidak memiliki rekening bank.",
    ], "regional:1"),
    ("Bikin Konten \"Bukti JP\" untuk Situs Slot, Pria di Bukittinggi Diamankan", [
        "BUKITTINGGI – Satreskrim Polres Bukittinggi mengamankan seorang pria berinisial FR (24) yang membuat video "
        "rekayasa kemenangan atau \"bukti JP\" untuk mempromosikan situs slot di media sosial.",
        "Kepada penyidik, FR mengaku dibayar Rp 300 ribu per video. Akun yang dipakai dalam video sudah disiapkan "
        "saldo oleh admin situs agar tampak menang besar.",
        "Ia dijerat Pasal 45 ayat (3) juncto Pasal 27 ayat (2) UU ITE.",
    ], "komentar_spam:0"),
    ("Imigrasi dan Polda Bali Deportasi Tujuh WNA Operator Judi Online dari Vila di Badung", [
        "DENPASAR – Kantor Imigrasi bersama Polda Bali mendeportasi tujuh warga negara asing yang mengoperasikan "
        "layanan pelanggan situs judi online dari sebuah vila di Kabupaten Badung.",
        "Para WNA masuk menggunakan visa kunjungan. Dari vila, petugas menyita belasan laptop dan ponsel yang "
        "terhubung ke panel admin situs judi berbahasa Indonesia dan Mandarin.",
        "Polda Bali masih mendalami kemungkinan keterlibatan warga lokal yang menyewakan vila dan rekening.",
    ], "komentar_spam:6"),
    ("Pemdes Bontomarannu: Website Desa Sempat Diretas, Abaikan Tautan Judi", [
        "Pemerintah Desa Bontomarannu memberitahukan bahwa website resmi desa sempat diretas pada awal bulan ini.",
        "Peretas menyisipkan beberapa artikel berjudul \"Link Resmi Sabung Ayam Online\" dan tautan ke situs judi. "
        "Seluruh artikel tersebut telah dihapus dan kata sandi admin telah diganti.",
        "Warga diminta tidak mengklik tautan apa pun yang mengatasnamakan desa dan melaporkan bila masih menemukan "
        "halaman serupa. Kejadian ini juga telah dilaporkan ke Polsek Galesong.",
    ], "desa:5"),
    ("Klarifikasi: Halaman Promosi Judi di Website Sekolah Telah Dihapus", [
        "Pihak SMK Negeri 1 Tabanan menyampaikan klarifikasi terkait munculnya halaman bertuliskan \"bocoran pola "
        "gacor\" yang ditemukan warganet melalui mesin pencari di alamat website sekolah.",
        "Halaman tersebut bukan dibuat oleh sekolah, melainkan disisipkan pihak tidak bertanggung jawab melalui "
        "celah pada plugin lama. Tim TIK sekolah telah menghapus halaman dan memperbarui sistem.",
        "Sekolah telah berkoordinasi dengan Polres Tabanan dan Diskominfo untuk penelusuran lebih lanjut.",
    ], "sekolah:1"),
]
