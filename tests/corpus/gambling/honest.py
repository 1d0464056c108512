"""Hand-written police releases about gambling crime: the pages a spam filter must keep.

Each entry: (title, paragraphs). The traps are deliberate: site names and promotion wording quoted from the
case (`slot gacor`, `maxwin`, `situs togel`), lists of seized accounts, a short note without any rank, a
socialisation talk with no arrest, the gambling law quoted at length.
"""

HONEST = [
    ("Polres Ketapang Tangkap Bandar Judi Online, Sita Ponsel dan Rekening", [
        "KETAPANG – Satuan Reserse Kriminal Polres Ketapang menangkap seorang pria berinisial RS (34) yang diduga "
        "menjadi bandar judi online di Kecamatan Delta Pawan, Selasa (14/5/2024).",
        "Kasat Reskrim Polres Ketapang AKP Ario Adityawarman mengatakan penangkapan berawal dari laporan "
        "masyarakat yang resah dengan aktivitas perjudian daring di lingkungannya.",
        "Dari tangan tersangka polisi menyita dua unit telepon genggam, satu buku tabungan dan uang tunai Rp 3,2 "
        "juta yang diduga hasil perjudian.",
        "Tersangka dijerat Pasal 303 KUHP tentang perjudian dengan ancaman hukuman penjara paling lama 10 tahun.",
    ]),
    ("Amankan 5 Pelaku Judol, Polsek Sungai Raya Imbau Warga Jauhi Judi Online", [
        "Polsek Sungai Raya mengamankan lima pelaku judi online (judol) dalam razia di sebuah warung kopi pada "
        "Jumat malam (17/5/2024).",
        "Kapolsek Sungai Raya Iptu Kusmanto menyebut para pelaku kedapatan bermain judi slot melalui aplikasi di "
        "ponsel masing-masing. Petugas juga menemukan bukti transfer deposit ke sejumlah rekening.",
        "\"Kami tidak akan memberi ruang bagi perjudian dalam bentuk apa pun,\" tegas Kapolsek. Kelima pelaku kini "
        "menjalani pemeriksaan di Mapolsek.",
    ]),
    ("Sat Reskrim Polres Sambas Bongkar Situs Judi Online Beromzet Ratusan Juta", [
        "SAMBAS – Satreskrim Polres Sambas membongkar jaringan situs judi online yang dikelola dari sebuah rumah "
        "kontrakan di Desa Sebangkau.",
        "Menurut Kapolres Sambas AKBP Sugiyono, situs tersebut mempromosikan diri dengan kalimat 'slot gacor gampang "
        "maxwin' melalui media sosial untuk menjerat pemain baru.",
        "Polisi menetapkan tiga orang tersangka, masing-masing berperan sebagai admin, operator dan pengelola "
        "rekening penampung. Omzet situs ditaksir mencapai Rp 400 juta per bulan.",
        "Barang bukti yang diamankan antara lain empat laptop, tujuh ponsel, 21 kartu ATM dan dokumen pencatatan "
        "transaksi.",
        "Para tersangka dijerat Pasal 45 ayat (3) jo Pasal 27 ayat (2) UU ITE dan Pasal 303 KUHP.",
    ]),
    ("Polresta Pontianak Ringkus Pengecer Togel di Pasar Flamboyan", [
        "Pontianak – Tim Opsnal Satreskrim Polresta Pontianak meringkus seorang pengecer togel berinisial AH di "
        "kawasan Pasar Flamboyan, Kamis (23/5).",
        "Saat digeledah, petugas menemukan rekapan angka tebakan, pulpen dan uang Rp 850 ribu. Pelaku mengaku "
        "menyetor hasil penjualan kupon kepada seorang bandar yang kini masih diburu.",
        "Kasi Humas Polresta Pontianak Ipda Ismet menegaskan pihaknya akan terus menindak praktik judi togel yang "
        "meresahkan masyarakat.",
    ]),
    ("Gerebek Arena Sabung Ayam, Polres Landak Amankan Tujuh Penjudi", [
        "Polres Landak menggerebek arena sabung ayam di Kecamatan Ngabang yang disertai taruhan uang, Minggu sore.",
        "Tujuh orang diamankan beserta empat ekor ayam jago, taji dan uang taruhan sebesar Rp 4,5 juta. Sejumlah "
        "penonton lain melarikan diri ke kebun warga.",
        "Kapolres Landak melalui Kasat Reskrim AKP Antonius menyatakan para pelaku dijerat pasal perjudian. "
        "\"Sabung ayam dengan taruhan tetap perjudian,\" ujarnya.",
    ]),
    ("Selebgram Promosikan Judi Online Ditangkap Polda Kalbar", [
        "PONTIANAK – Direktorat Reserse Siber Polda Kalbar menangkap seorang selebgram berinisial NF (24) yang "
        "mempromosikan situs judi online melalui akun Instagram dengan 120 ribu pengikut.",
        "Dalam unggahannya, tersangka mengajak pengikutnya mendaftar di sebuah situs dengan iming-iming bonus new "
        "member dan 'RTP tinggi'. Ia menerima bayaran Rp 5 juta untuk setiap unggahan.",
        "Dirreskrimsus Polda Kalbar Kombes Pol Burhanudin mengatakan penyidik masih menelusuri aliran dana dari "
        "pengelola situs kepada tersangka.",
        "Tersangka dijerat Pasal 45 ayat (3) jo Pasal 27 ayat (2) UU Nomor 1 Tahun 2024 tentang perubahan kedua "
        "UU ITE dengan ancaman pidana enam tahun penjara.",
        "Polda Kalbar mengimbau para pemengaruh untuk tidak menerima endorsement dari situs judi dalam bentuk apa "
        "pun karena dapat dipidana.",
    ]),
    ("Bhabinkamtibmas Sosialisasikan Bahaya Judi Online kepada Pelajar", [
        "Bhabinkamtibmas Desa Sungai Ambawang Kuala, Aipda Suharto, memberikan sosialisasi tentang bahaya judi "
        "online kepada siswa SMA Negeri 1 Sungai Ambawang, Senin pagi.",
        "Ia menjelaskan bahwa iklan situs slot dan togel kerap menyusup ke permainan dan video yang ditonton "
        "remaja. \"Jangan tergiur janji menang besar. Yang untung hanya bandar,\" katanya.",
        "Para siswa juga diajak melapor ke layanan pengaduan polisi apabila menemukan ajakan berjudi di media "
        "sosial.",
    ]),
    ("Oknum ASN Terjerat Judi Online, Polres Kubu Raya Tetapkan Tersangka", [
        "Kubu Raya – Polres Kubu Raya menetapkan seorang aparatur sipil negara berinisial DW sebagai tersangka kasus "
        "judi online setelah kedapatan berjudi menggunakan komputer kantor.",
        "Kasat Reskrim Polres Kubu Raya AKP Rahmad Kartono menyebut tersangka rutin melakukan deposit ke situs judi "
        "dengan total lebih dari Rp 60 juta dalam tiga bulan terakhir.",
        "Penyidik menyita satu unit komputer, satu ponsel dan mutasi rekening sebagai barang bukti.",
        "Kasus ini juga dilaporkan ke instansi tempat tersangka bekerja untuk diproses secara disiplin.",
    ]),
    ("Polres Sekadau Musnahkan Barang Bukti Judi dan Narkotika", [
        "Polres Sekadau menggelar pemusnahan barang bukti hasil pengungkapan perkara judi dan narkotika periode "
        "Januari hingga April 2024 di halaman Mapolres, Rabu (8/5/2024).",
        "Barang bukti yang dimusnahkan meliputi 14 unit ponsel yang digunakan untuk judi online, kartu remi, dadu "
        "serta 120 gram sabu.",
        "Wakapolres Sekadau Kompol Hendri memimpin kegiatan tersebut disaksikan perwakilan kejaksaan dan "
        "pengadilan negeri.",
    ]),
    ("Judi Dadu di Pasar Malam Dibubarkan, Tiga Orang Diamankan", [
        "Personel Polsek Nanga Pinoh membubarkan praktik judi dadu kopyok di area pasar malam, Sabtu (25/5/2024) "
        "sekitar pukul 22.00 WIB.",
        "Tiga orang yang bertindak sebagai bandar dan pemain diamankan bersama satu set dadu, mangkuk dan uang "
        "Rp 1,7 juta.",
        "Kapolsek Nanga Pinoh Iptu Yusuf mengatakan pihaknya menerima keluhan pengunjung pasar malam sejak sepekan "
        "terakhir.",
    ]),
    ("Polda Kalteng Blokir 1.200 Akun dan Situs Judi Online", [
        "PALANGKA RAYA – Ditreskrimsus Polda Kalteng bekerja sama dengan Kementerian Komunikasi dan Digital "
        "mengajukan pemblokiran terhadap 1.200 akun media sosial dan tautan situs judi online selama semester "
        "pertama.",
        "Banyak di antaranya menyamar sebagai situs berita atau laman pemerintah daerah yang diretas lalu diisi "
        "halaman 'situs togel resmi' dan 'slot gacor hari ini'.",
        "Kabid Humas Polda Kalteng Kombes Pol Erlan Munaji meminta pengelola laman instansi segera memperbarui "
        "sistemnya apabila menemukan halaman asing seperti itu.",
        "Masyarakat dapat melaporkan tautan mencurigakan melalui kanal aduan siber Polda Kalteng.",
    ]),
    ("Operator Judi Bola Piala Eropa Dibekuk di Singkawang", [
        "SINGKAWANG – Polres Singkawang membekuk seorang operator judi bola yang menerima taruhan pertandingan "
        "Piala Eropa melalui pesan singkat.",
        "Dari ponsel tersangka ditemukan catatan taruhan dengan nilai hingga Rp 15 juta untuk satu pertandingan. "
        "Tersangka juga memegang tiga rekening untuk menampung setoran pemain.",
        "Kapolres Singkawang AKBP Ade Kuncoro Ridwan mengatakan pihaknya masih mengejar dua orang lain yang "
        "diduga sebagai pengepul.",
        "Atas perbuatannya, tersangka terancam Pasal 303 ayat (1) KUHP.",
    ]),
    ("Razia Mesin Ketangkasan, Polisi Sita 11 Unit Mesin Jackpot", [
        "Satreskrim Polres Kapuas Hulu menyita 11 unit mesin ketangkasan jenis jackpot dan tembak ikan dari dua "
        "lokasi hiburan di Putussibau.",
        "Mesin-mesin tersebut digunakan untuk berjudi dengan sistem penukaran koin menjadi uang. Dua orang "
        "penjaga lokasi dimintai keterangan.",
        "\"Mesin kami bawa ke Mapolres sebagai barang bukti,\" kata Kasat Reskrim AKP Bayu Setiawan.",
    ]),
    ("Polres Mempawah Ungkap 9 Kasus Perjudian dalam Operasi Pekat", [
        "Selama Operasi Pekat Kapuas 2024, Polres Mempawah mengungkap sembilan kasus perjudian dengan 16 orang "
        "tersangka.",
        "Rinciannya empat kasus judi online, tiga kasus togel, satu kasus sabung ayam dan satu kasus judi kartu. "
        "Seluruh tersangka telah ditahan di Rutan Polres Mempawah.",
        "Kapolres Mempawah AKBP Pratomo Widodo menyampaikan hasil operasi dalam konferensi pers, Kamis (30/5/2024).",
        "Ia menambahkan, penyidik juga menelusuri rekening yang digunakan untuk menampung deposit para pemain judi "
        "online agar dapat diblokir.",
        "Operasi Pekat menyasar penyakit masyarakat seperti perjudian, minuman keras, prostitusi dan premanisme.",
    ]),
    ("Kapolres Bengkayang: Tidak Ada Tempat bagi Judi di Wilayah Kami", [
        "Kapolres Bengkayang AKBP Bayu Suseno menegaskan komitmennya memberantas segala bentuk perjudian, termasuk "
        "judi online yang marak di kalangan pekerja muda.",
        "Hal itu disampaikannya dalam apel pagi di Mapolres Bengkayang, Senin (3/6/2024), di hadapan seluruh "
        "personel.",
        "Ia juga mengingatkan anggota agar tidak terlibat judi online. Personel yang terbukti berjudi akan dikenai "
        "sanksi disiplin dan kode etik profesi Polri.",
    ]),
    ("Pasangan Suami Istri Jadi Admin Judi Slot, Polisi Sita Rp 200 Juta", [
        "BANJARMASIN – Subdit V Siber Ditreskrimsus Polda Kalsel menangkap pasangan suami istri yang menjadi "
        "admin situs judi slot.",
        "Keduanya bertugas memproses deposit dan penarikan dana pemain, serta mengelola grup percakapan tempat "
        "dibagikan 'pola gacor' dan 'bocoran RTP' untuk menarik pemain.",
        "Polisi menyita uang Rp 200 juta, dua mobil dan sejumlah perhiasan yang diduga berasal dari keuntungan "
        "perjudian.",
        "Kabid Humas Polda Kalsel Kombes Pol Adam Erwindi mengatakan kedua tersangka dijerat UU ITE dan UU "
        "Tindak Pidana Pencucian Uang.",
    ]),
    ("Warga Resah, Lapak Judi Kartu di Gang Sempit Digerebek", [
        "Polsek Pontianak Timur menggerebek lapak judi kartu di sebuah gang sempit di Kelurahan Tanjung Hulu, "
        "Jumat dini hari.",
        "Empat pria yang sedang bermain kartu remi dengan taruhan uang diamankan. Dari lokasi disita uang "
        "Rp 2,3 juta dan dua set kartu.",
        "Kapolsek Pontianak Timur mengapresiasi warga yang melapor dan meminta masyarakat tidak ragu menghubungi "
        "layanan 110.",
    ]),
    ("Polres Melawi Tindak Tegas Judi Online, Dua Pemuda Diproses Hukum", [
        "Dua pemuda asal Kecamatan Belimbing, Melawi, diproses hukum setelah kedapatan bermain judi online saat "
        "patroli dialogis Satuan Samapta.",
        "Petugas memeriksa ponsel keduanya dan menemukan riwayat permainan slot beserta bukti deposit melalui "
        "dompet digital.",
        "Kasi Humas Polres Melawi Aiptu Dedi menyebut keduanya kini berstatus tersangka dan dijerat Pasal 303 "
        "bis KUHP.",
    ]),
    ("Pengelola Rekening Penampung Judi Online Ditangkap di Batam", [
        "Batam – Polresta Barelang menangkap seorang pria yang mengelola puluhan rekening penampung untuk "
        "jaringan judi online lintas negara.",
        "Tersangka membeli rekening dari warga dengan imbalan Rp 500 ribu per rekening, lalu menyerahkannya "
        "kepada pengelola situs yang berada di luar negeri.",
        "Kasat Reskrim Polresta Barelang AKBP Budi Hartono mengatakan pihaknya berkoordinasi dengan PPATK untuk "
        "memblokir 43 rekening terkait.",
        "Polisi mengimbau warga tidak menjual atau meminjamkan rekening karena dapat ikut dijerat pidana.",
    ]),
    ("Jelang Pilkada, Polres Kayong Utara Perketat Pengawasan Judi", [
        "Polres Kayong Utara meningkatkan patroli untuk mencegah perjudian menjelang pemilihan kepala daerah, "
        "yang kerap dijadikan ajang taruhan.",
        "Kapolres Kayong Utara AKBP Fahrian Saleh Siregar menginstruksikan kapolsek jajaran menindak setiap "
        "praktik taruhan, baik di lapangan maupun secara daring.",
        "Warga diminta melapor bila menemukan ajakan bertaruh atas hasil pemilihan.",
    ]),
    ("Polres Sintang Tangkap Bandar Togel Hongkong dan Singapura", [
        "SINTANG – Satreskrim Polres Sintang menangkap SK (51), bandar togel yang menerima pasangan angka untuk "
        "pasaran Hongkong dan Singapura.",
        "Pelaku menjalankan usahanya dari sebuah toko kelontong. Petugas menyita buku rekap, kalkulator, dua "
        "ponsel dan uang Rp 6,4 juta.",
        "Menurut Kasat Reskrim, pelaku sudah menjalankan kegiatan itu selama dua tahun dengan puluhan pengecer.",
        "Tersangka dijerat Pasal 303 KUHP dan kini ditahan di Polres Sintang.",
    ]),
    ("Pemuda Nekat Curi Motor untuk Modal Judi Online", [
        "Seorang pemuda berinisial FR (22) diringkus Polsek Siantan setelah mencuri sepeda motor milik tetangganya.",
        "Kepada penyidik, pelaku mengaku hasil penjualan motor senilai Rp 4 juta dipakai untuk deposit judi "
        "online setelah kalah berturut-turut.",
        "Pelaku dijerat Pasal 362 KUHP tentang pencurian. Polisi juga mendalami keterlibatannya dalam perjudian.",
    ]),
    ("Diskusi Publik Polda Kalbar: Judi Online Picu Kriminalitas dan Perceraian", [
        "Polda Kalbar menggelar diskusi publik bertema dampak judi online terhadap ketahanan keluarga di aula "
        "Mapolda, Selasa (11/6/2024).",
        "Narasumber dari pengadilan agama menyebut judi online menjadi salah satu penyebab meningkatnya perkara "
        "perceraian. Sementara itu, penyidik Ditreskrimsus memaparkan modus situs judi yang menawarkan bonus "
        "deposit dan 'jaminan maxwin' untuk menjerat korban.",
        "Wakapolda Kalbar Brigjen Pol Roma Hutajulu mengajak tokoh agama dan masyarakat ikut mengawasi "
        "lingkungan.",
        "Diskusi diikuti perwakilan mahasiswa, organisasi kepemudaan dan aparatur desa.",
    ]),
    ("Polsek Toba Amankan Penjudi Joker di Kebun Sawit", [
        "Polsek Toba, Sanggau, mengamankan enam pria yang bermain judi kartu joker di pondok kebun sawit.",
        "Penangkapan dilakukan setelah petugas menyamar sebagai pekerja kebun. Uang taruhan Rp 3 juta disita.",
        "Keenam pelaku dibawa ke Mapolsek untuk pemeriksaan lebih lanjut.",
    ]),
    ("Tim Siber Polres Ketapang Telusuri Halaman Judi di Situs Sekolah", [
        "KETAPANG – Tim siber Polres Ketapang menelusuri laporan munculnya halaman promosi judi online di situs "
        "resmi sebuah sekolah menengah.",
        "Halaman tersebut menampilkan tulisan seperti 'link slot gacor' dan 'daftar togel terpercaya' yang "
        "disisipkan peretas tanpa sepengetahuan pengelola.",
        "Kasat Reskrim AKP Ario Adityawarman mengatakan pihaknya telah meminta keterangan admin situs dan menyita "
        "log server sebagai bahan penyelidikan.",
        "Pengelola situs diminta segera mengganti kata sandi dan memperbarui aplikasi yang digunakan.",
    ]),
    ("Kakek 63 Tahun Diamankan karena Jual Kupon Putih", [
        "Seorang kakek berusia 63 tahun diamankan Polsek Kendawangan karena menjual kupon judi jenis kupon putih.",
        "Dari tangan pelaku disita 40 lembar kupon dan uang hasil penjualan Rp 420 ribu. Kasus ditangani "
        "Unit Reskrim Polsek Kendawangan.",
    ]),
    ("Polda Kaltim Tangkap 28 Tersangka Judi Online dalam Sebulan", [
        "SAMARINDA – Polda Kalimantan Timur dan polres jajaran menangkap 28 tersangka perjudian daring selama "
        "Juni 2024.",
        "Dirreskrimsus Polda Kaltim Kombes Pol Indra Lutrianto Amstono merinci, para tersangka berperan sebagai "
        "pemain, agen, admin dan penyedia rekening.",
        "Barang bukti yang disita berupa 35 ponsel, 12 laptop, 60 kartu ATM dan uang tunai Rp 147 juta.",
        "\"Kami juga menemukan situs yang mengiklankan diri sebagai agen judi bola dan casino online resmi. Semua "
        "sudah kami ajukan untuk diblokir,\" kata Indra.",
        "Para tersangka dijerat UU ITE dan KUHP dengan ancaman hingga 10 tahun penjara.",
    ]),
    ("Satbinmas Polres Sanggau Gelar Binluh Anti Judi di Desa Perbatasan", [
        "Satbinmas Polres Sanggau menggelar bimbingan dan penyuluhan tentang bahaya judi di Desa Entikong yang "
        "berbatasan dengan Malaysia.",
        "Kasat Binmas AKP Dodi menjelaskan banyak warga perbatasan yang dirugikan oleh ajakan berjudi melalui "
        "aplikasi yang dipromosikan lewat pesan berantai.",
        "Penyuluhan dirangkai dengan dialog bersama tokoh adat dan kepala desa.",
    ]),
    ("Polisi Ungkap Judi Online Berkedok Aplikasi Permainan", [
        "Ditreskrimsus Polda Kalbar mengungkap aplikasi permainan daring yang ternyata menjadi sarana judi dengan "
        "penukaran koin menjadi uang.",
        "Aplikasi itu dipasarkan dengan label 'gim santai' tetapi memuat menu isi saldo dan tarik tunai. Penyidik "
        "menangkap dua pengelola lokal yang merekrut pemain.",
        "Kabid Humas Polda Kalbar Kombes Pol Raden Petit Wijaya menyebut modus ini menyasar pelajar dan ibu rumah "
        "tangga.",
        "Penyidik memeriksa lima saksi dan menyita server lokal yang digunakan para tersangka.",
    ]),
    ("Dua Penjudi Online Ditangkap saat Patroli Cipta Kondisi", [
        "Patroli cipta kondisi Polsek Sungai Kakap menemukan dua pria yang bermain judi online di pos ronda, "
        "Minggu dini hari (9/6/2024).",
        "Keduanya diamankan berikut ponsel yang menampilkan permainan slot. Pemeriksaan menunjukkan deposit "
        "dilakukan melalui pulsa.",
        "Kapolsek Sungai Kakap AKP Jamaludin meminta orang tua mengawasi penggunaan ponsel anak-anak mereka.",
    ]),
    ("Vonis Bandar Judi Online Asal Pontianak: 3 Tahun Penjara", [
        "Pengadilan Negeri Pontianak menjatuhkan vonis tiga tahun penjara kepada bandar judi online yang "
        "ditangkap Polresta Pontianak pada awal tahun.",
        "Perkara ini bermula dari penyelidikan Satreskrim yang menemukan situs bernama 'Raja Maxwin 77' dikelola "
        "dari sebuah ruko di Jalan Gajah Mada.",
        "Kasat Reskrim Polresta Pontianak Kompol Antonius Trias menyatakan menghormati putusan hakim.",
    ]),
    ("Pesta Judi Kartu di Acara Hajatan Dibubarkan Polisi", [
        "Polsek Menjalin membubarkan pesta judi kartu yang digelar di sela acara hajatan warga.",
        "Sebanyak sembilan orang diamankan. Petugas menyita uang taruhan Rp 5,6 juta dan kartu domino.",
        "Kapolsek mengingatkan bahwa perjudian dengan alasan tradisi tetap melanggar hukum.",
    ]),
    ("Polres Kotawaringin Barat Tangkap Admin Grup Prediksi Togel", [
        "Pangkalan Bun – Satreskrim Polres Kotawaringin Barat menangkap admin grup media sosial yang membagikan "
        "prediksi angka togel dan tautan pendaftaran ke situs judi.",
        "Tersangka mendapat komisi dari setiap anggota grup yang mendaftar dan melakukan deposit.",
        "Kasat Reskrim AKP Tri Wijanarko mengatakan grup tersebut memiliki lebih dari 8.000 anggota.",
        "Tersangka dijerat Pasal 45 ayat (3) UU ITE.",
    ]),
    ("Wanita Penjual Chip Judi Online Diringkus", [
        "Polsek Pontianak Selatan meringkus seorang wanita yang menjual chip permainan judi daring melalui "
        "marketplace.",
        "Pelaku menjual chip dengan harga di bawah pasar dan membeli kembali chip dari pemain yang ingin "
        "mencairkan kemenangan.",
        "Uang Rp 11 juta dan dua ponsel disita dari rumah tersangka.",
    ]),
]

# Written after the first validation run changed the rules (police cap), and never used to choose them: a fresh
# held-out batch (bench/spam_detection.py prints it on its own line). Other provinces, other styles.
HONEST_B2 = [
    ("Polrestabes Surabaya Bekuk Jaringan Judi Online Internasional, 12 Orang Jadi Tersangka", [
        "SURABAYA – Satreskrim Polrestabes Surabaya membekuk 12 orang anggota jaringan judi online yang "
        "servernya berada di Kamboja.",
        "Para tersangka berperan sebagai customer service yang melayani pertanyaan pemain, memproses deposit dan "
        "menyebarkan iklan situs di media sosial.",
        "Wakasat Reskrim Kompol Teguh Setiawan mengungkapkan, para tersangka digaji Rp 6 juta per bulan dan "
        "bekerja bergiliran di sebuah apartemen.",
        "Mereka dijerat Pasal 303 KUHP dan Pasal 27 ayat (2) UU ITE.",
    ]),
    ("Rilis Akhir Tahun Polres Gowa: Kasus Judi Naik Dua Kali Lipat", [
        "Polres Gowa mencatat 31 kasus perjudian sepanjang 2024, naik dari 15 kasus pada tahun sebelumnya. "
        "Sebagian besar merupakan judi online.",
        "Kapolres Gowa AKBP Rachmat Sumekar dalam rilis akhir tahun menyebut penindakan didukung laporan warga "
        "melalui layanan Polri Presisi.",
        "\"Judi online menyasar semua kalangan, dari pelajar sampai pegawai,\" ujarnya.",
    ]),
    ("Pria di Deli Serdang Ditangkap Saat Asyik Main Slot di Warung", [
        "Personel Polsek Percut Sei Tuan menangkap seorang pria yang sedang bermain slot online di warung, Rabu "
        "malam.",
        "Dari ponsel pelaku, polisi menemukan akun di sebuah situs yang berulang kali mengiklankan 'jackpot' dan "
        "'bonus harian'. Pelaku mengaku telah kalah belasan juta rupiah.",
        "Kasus ditangani Unit Reskrim dan pelaku dikenakan wajib lapor.",
    ]),
    ("Sita Rp 1,3 Miliar, Bareskrim Polri Ungkap Pencucian Uang dari Situs Judi", [
        "JAKARTA – Direktorat Tindak Pidana Siber Bareskrim Polri mengungkap praktik pencucian uang hasil "
        "keuntungan situs judi online dengan barang bukti uang Rp 1,3 miliar.",
        "Dana dari ribuan pemain ditampung di rekening atas nama orang lain, lalu dialirkan ke perusahaan "
        "cangkang dan dibelikan aset.",
        "Dirtipidsiber Brigjen Pol Himawan Bayu Aji menyatakan penyidik bekerja sama dengan PPATK menelusuri "
        "aset para tersangka.",
        "Lima tersangka dijerat UU ITE dan UU Nomor 8 Tahun 2010 tentang TPPU.",
    ]),
    ("Polsek Tallo Razia Ponsel Remaja, Temukan Aplikasi Judi", [
        "Dalam razia cipta kondisi, Polsek Tallo memeriksa ponsel sejumlah remaja yang nongkrong hingga larut "
        "malam dan menemukan aplikasi judi pada tiga di antaranya.",
        "Ketiganya didata dan orang tua mereka dipanggil ke Mapolsek untuk diberikan pembinaan.",
        "Kanit Binmas Ipda Andi Baso mengingatkan orang tua agar rutin memeriksa aplikasi di ponsel anak.",
    ]),
    ("Bandar Judi Kim Ditangkap di Medan Tembung", [
        "Polsek Medan Tembung menangkap bandar judi tebak angka jenis KIM di sebuah kedai.",
        "Barang bukti berupa rekapan tebakan, uang Rp 780 ribu dan satu ponsel.",
        "Tersangka dijerat Pasal 303 KUHP.",
    ]),
    ("Polda Jatim Gelar Apel Siaga Berantas Judi Online", [
        "Polda Jawa Timur menggelar apel siaga pemberantasan judi online di lapangan Mapolda, diikuti pejabat "
        "utama dan kapolres jajaran.",
        "Kapolda Jatim Irjen Pol Imam Sugianto meminta seluruh satuan wilayah membentuk tim siber yang memantau "
        "iklan judi dan situs yang diretas.",
        "Ia menekankan pentingnya kerja sama dengan pemerintah daerah karena banyak laman desa dan sekolah yang "
        "disusupi halaman promosi slot.",
        "Apel ditutup dengan penandatanganan pakta integritas anti judi oleh para kapolres.",
    ]),
    ("Terlilit Utang Judi Online, Karyawan Minimarket Gelapkan Uang Setoran", [
        "Seorang karyawan minimarket di Makassar ditangkap Polsek Panakkukang setelah menggelapkan uang setoran "
        "Rp 48 juta.",
        "Pelaku mengaku uang itu dipakai untuk menutup utang dan bermain judi online.",
        "Ia dijerat Pasal 374 KUHP tentang penggelapan dalam jabatan.",
    ]),
    ("Patroli Siber Polres Jember Temukan 40 Akun Promosi Slot", [
        "Tim patroli siber Polres Jember menemukan 40 akun media sosial yang mempromosikan situs slot dengan "
        "kata-kata seperti 'gampang menang' dan 'link anti blokir'.",
        "Akun-akun tersebut telah dilaporkan untuk ditutup, sementara pemiliknya masih diselidiki.",
        "Kasi Humas Polres Jember Iptu Ruslan mengimbau warga tidak ikut membagikan tautan tersebut.",
    ]),
    ("Judi Sabung Ayam di Kebun Karet Dibubarkan Polres Ogan Ilir", [
        "Polres Ogan Ilir membubarkan arena sabung ayam di kebun karet di Kecamatan Tanjung Batu.",
        "Lima orang diamankan, sedangkan puluhan penonton kabur. Polisi menyita enam ayam dan uang Rp 2,1 juta.",
        "Kapolres Ogan Ilir menyatakan akan terus menggelar razia perjudian menjelang akhir tahun.",
    ]),
    ("Mahasiswa Jadi Joki Deposit Situs Judi, Ditangkap Ditreskrimsus Polda Sumut", [
        "MEDAN – Ditreskrimsus Polda Sumut menangkap seorang mahasiswa yang menjadi joki deposit untuk sebuah "
        "situs judi online.",
        "Ia menerima transfer dari pemain lalu mengisikan saldo ke akun mereka dengan imbalan 3 persen.",
        "Penyidik menyita laptop, dua ponsel dan buku tabungan. Tersangka kini ditahan di Rutan Polda Sumut.",
    ]),
    ("Polres Kupang Ajak Tokoh Agama Cegah Judi di Kalangan Pemuda", [
        "Polres Kupang mengundang tokoh agama dan tokoh adat dalam jumat curhat untuk membahas maraknya judi "
        "online di kalangan pemuda.",
        "Warga menyampaikan keluhan tentang pemuda yang menghabiskan uang untuk bermain slot dan togel.",
        "Kapolres Kupang berjanji menindaklanjuti setiap laporan dan meminta warga memberi informasi lokasi "
        "perjudian.",
    ]),
]
