"""The releases of the corpus: hand-written Indonesian police PR news, with their ground truth.

Each article is what a regional outlet publishes: a headline, a dateline place, its own paragraphs
(the dateline prefix is added by the page template), the publish instant in the outlet's local
offset, the event date stated in the text, and the police units and ranked officers it names.

Ground-truth conventions (the annotator's reading of ``/work/shared/reference/interfaces.md``):

* ``units``: every Polda / Polres / Polresta / Polrestabes / Polsek named in the headline or the
  article text (not in credit lines), normalised (``Polda Kalimantan Barat`` → ``Polda Kalbar``,
  ``Polres Kobar`` = ``Polres Kotawaringin Barat``); a chief's title names his unit (``Kapolres X``,
  ``Mapolres X``); a Humas unit named with its unit is listed as well (``Kabid Humas Polda X`` →
  ``Bidhumas Polda X``, ``Kasi Humas Polres X`` → ``Si Humas Polres X``).
* ``persons``: officers written with a Polri rank, as ``(name, rank, position)``; the name without
  honorifics and degrees; the position is the jabatan written with the name (before the rank, or
  after ``selaku``/``sebagai``), the fullest one when the officer is named more than once, and
  ``None`` when the text names none. TNI officers, civilians and officers without a rank are not persons.
* ``event``: the date (and time) of the event as the text first states it, ISO 8601.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Article:
    id: str
    title: str
    place: str | None
    paras: list[str]
    published: str  # ISO 8601 in the outlet's offset
    event: str | None
    units: list[str]
    persons: list[tuple[str, str, str | None]]
    source: str | None = None  # the release's origin, as a trailer would credit it
    labels: list[str] = field(default_factory=list)
    tz: str = "+07:00"


ARTICLES: list[Article] = [
    Article(
        id="sanggau-kryd", title="Polres Sanggau Gelar KRYD, Sasar Balap Liar di Jalan Ahmad Yani", place="Sanggau",
        paras=[
            "Satuan Samapta Polres Sanggau menggelar Kegiatan Rutin Yang Ditingkatkan (KRYD) dengan sasaran aksi balap "
            "liar dan knalpot brong di sepanjang Jalan Ahmad Yani, Sabtu malam (18/5/2024) sekitar pukul 22.30 WIB.",
            "Kegiatan dipimpin langsung oleh Kasat Samapta Polres Sanggau AKP Yohanes Bala, S.H., didampingi sejumlah "
            "personel gabungan dari Satlantas dan Sat Intelkam.",
            "Kapolres Sanggau AKBP Suparno Agus Candra Kusumah melalui Kasi Humas Iptu Ridwan Hasibuan mengatakan, KRYD "
            "dilaksanakan menindaklanjuti keluhan warga yang merasa terganggu dengan suara bising kendaraan di malam hari.",
            "“Dalam kegiatan tersebut kami mengamankan 14 unit sepeda motor yang menggunakan knalpot tidak sesuai "
            "standar. Para pengendara kami berikan teguran dan pembinaan, sedangkan kendaraannya dititipkan di Mapolres "
            "sampai pemiliknya membawa knalpot standar,” ujar Ridwan, Minggu (19/5/2024).",
            "Ia menambahkan, patroli serupa akan terus digelar secara rutin menjelang akhir pekan agar situasi kamtibmas "
            "di wilayah hukum Polres Sanggau tetap aman dan kondusif.",
        ],
        published="2024-05-19T09:12:00+07:00", event="2024-05-18T22:30:00+07:00",
        units=["Polres Sanggau"],
        persons=[("Yohanes Bala", "AKP", "Kasat Samapta Polres Sanggau"),
                 ("Suparno Agus Candra Kusumah", "AKBP", "Kapolres Sanggau"),
                 ("Ridwan Hasibuan", "Iptu", "Kasi Humas")],
        source="Humas Polres Sanggau", labels=["Polres Sanggau", "Kamtibmas"],
    ),
    Article(
        id="banjarbaru-curhat",
        title="Jum'at Curhat, Kapolres Banjarbaru Dengarkan Keluhan Warga Soal Parkir Liar", place="Banjarbaru",
        paras=[
            "Kapolres Banjarbaru AKBP Pius X Febry Aceng Loda, S.I.K., M.H. menggelar kegiatan Jum'at Curhat bersama "
            "warga Kelurahan Guntung Manggis di Balai Pertemuan Warga, Jum'at (7/6/2024) pagi.",
            "Dalam kesempatan itu, warga menyampaikan sejumlah keluhan, mulai dari maraknya parkir liar di depan "
            "pertokoan hingga penerangan jalan yang minim di kawasan Jalan Trikora.",
            "“Semua masukan dari bapak ibu hari ini kami catat dan akan kami koordinasikan dengan Dinas Perhubungan "
            "serta pemerintah kota. Polisi tidak bisa bekerja sendiri, kami butuh peran aktif masyarakat,” kata Kapolres.",
            "Turut hadir Wakapolres Banjarbaru Kompol Hendra Agustian, Kasat Lantas AKP Eka Saprianto, serta Camat "
            "Landasan Ulin Ahmad Rizani.",
            "Kasi Humas Polres Banjarbaru AKP Tajudin Noor menambahkan, Jum'at Curhat digelar setiap pekan secara "
            "bergiliran di tiap kecamatan sebagai sarana menyerap aspirasi masyarakat secara langsung.",
        ],
        published="2024-06-07T15:40:00+08:00", event="2024-06-07", tz="+08:00",
        units=["Polres Banjarbaru", "Si Humas Polres Banjarbaru"],
        persons=[("Pius X Febry Aceng Loda", "AKBP", "Kapolres Banjarbaru"),
                 ("Hendra Agustian", "Kompol", "Wakapolres Banjarbaru"),
                 ("Eka Saprianto", "AKP", "Kasat Lantas"),
                 ("Tajudin Noor", "AKP", "Kasi Humas Polres Banjarbaru")],
        source="Si Humas Polres Banjarbaru", labels=["Jumat Curhat", "Polres Banjarbaru"],
    ),
    Article(
        id="palangkaraya-sabu", title="Satresnarkoba Polresta Palangka Raya Amankan Pengedar Sabu 25 Gram",
        place="Palangka Raya",
        paras=[
            "Satuan Reserse Narkoba (Satresnarkoba) Polresta Palangka Raya berhasil mengamankan seorang pria "
            "berinisial RH (34) yang diduga sebagai pengedar narkotika jenis sabu di sebuah rumah kos di Jalan RTA "
            "Milono, Kamis (13/6/2024) sekitar pukul 15.00 WIB.",
            "Kapolresta Palangka Raya Kombes Pol Budi Santosa, S.I.K., M.H., melalui Kasat Resnarkoba Kompol Pandu "
            "Wirawan mengungkapkan, penangkapan berawal dari informasi masyarakat yang resah dengan aktivitas "
            "mencurigakan di lokasi tersebut.",
            "“Dari tangan tersangka, petugas menyita tiga paket sabu dengan berat bruto 25,31 gram, satu unit timbangan "
            "digital, plastik klip kosong serta uang tunai Rp1.250.000 yang diduga hasil penjualan,” jelas Pandu, "
            "Jumat (14/6/2024).",
            "Saat ini tersangka beserta barang bukti telah diamankan di Mapolresta Palangka Raya guna proses "
            "penyidikan lebih lanjut. Tersangka dijerat Pasal 114 ayat (2) subsider Pasal 112 ayat (2) Undang-Undang "
            "Nomor 35 Tahun 2009 tentang Narkotika dengan ancaman hukuman paling singkat enam tahun penjara.",
        ],
        published="2024-06-14T11:20:00+07:00", event="2024-06-13T15:00:00+07:00",
        units=["Polresta Palangka Raya"],
        persons=[("Budi Santosa", "Kombes Pol", "Kapolresta Palangka Raya"),
                 ("Pandu Wirawan", "Kompol", "Kasat Resnarkoba")],
        source="Humas Polresta Palangka Raya", labels=["Narkoba", "Kalteng"],
    ),
    Article(
        id="balikpapan-rampcheck",
        title="Jelang Libur Panjang, Satlantas Polresta Balikpapan Ramp Check Bus di Terminal Batu Ampar",
        place="Balikpapan",
        paras=[
            "Menjelang libur panjang akhir pekan, Satuan Lalu Lintas Polresta Balikpapan bersama Dinas Perhubungan "
            "Kota Balikpapan melaksanakan ramp check terhadap puluhan bus antarkota antarprovinsi di Terminal Batu "
            "Ampar, Rabu (8/5/2024).",
            "Pemeriksaan meliputi kelengkapan dokumen kendaraan, kondisi rem, lampu, ban, hingga alat pemecah kaca dan "
            "alat pemadam api ringan di dalam kabin.",
            "Kasat Lantas Polresta Balikpapan Kompol Ropiyani, S.H., mengatakan dari 27 bus yang diperiksa, tiga di "
            "antaranya ditemukan tidak laik jalan karena ban gundul dan lampu sein yang tidak berfungsi.",
            "“Bus yang tidak laik kami minta untuk tidak diberangkatkan sebelum diperbaiki. Keselamatan penumpang "
            "adalah yang utama,” tegas Ropiyani.",
            "Selain pemeriksaan kendaraan, petugas juga melakukan tes urine secara acak kepada 15 orang pengemudi. "
            "Hasilnya, seluruh pengemudi dinyatakan negatif narkoba.",
        ],
        published="2024-05-08T16:02:00+08:00", event="2024-05-08", tz="+08:00",
        units=["Polresta Balikpapan"],
        persons=[("Ropiyani", "Kompol", "Kasat Lantas Polresta Balikpapan")],
        source="Humas Polresta Balikpapan", labels=["Lalu Lintas", "Balikpapan"],
    ),
    Article(
        id="sumbar-netralitas",
        title="Kabid Humas Polda Sumbar: Personel Pengamanan Pilkada Wajib Jaga Netralitas", place="Padang",
        paras=[
            "Kepala Bidang Hubungan Masyarakat (Kabid Humas) Polda Sumatera Barat Kombes Pol Dwi Sulistyawan, S.I.K., "
            "menegaskan seluruh personel yang terlibat dalam Operasi Mantap Praja Singgalang 2024 wajib menjaga "
            "netralitas selama tahapan Pilkada serentak.",
            "Hal itu disampaikan Dwi usai mengikuti rapat koordinasi lintas sektoral di Aula Mapolda Sumbar, Senin "
            "(2/9/2024). Rapat tersebut dipimpin langsung Kapolda Sumbar Irjen Pol Suharyono, S.I.K., S.H. dan "
            "dihadiri unsur Forkopimda serta penyelenggara pemilu.",
            "“Polri berdiri di atas semua golongan. Tidak ada ruang bagi anggota untuk berpihak kepada salah satu "
            "pasangan calon, baik secara terang-terangan maupun melalui media sosial,” ujarnya.",
            "Menurut Dwi, sebanyak 2.115 personel Polda Sumbar dan jajaran akan diterjunkan untuk mengamankan 6.780 "
            "tempat pemungutan suara yang tersebar di 19 kabupaten dan kota.",
            "Ia juga mengimbau masyarakat untuk tidak mudah terprovokasi oleh berita bohong atau hoaks yang beredar "
            "menjelang hari pemungutan suara. “Kalau ragu, cek dulu ke kanal resmi Polri atau KPU,” pungkasnya.",
        ],
        published="2024-09-02T19:45:00+07:00", event="2024-09-02",
        units=["Bidhumas Polda Sumbar", "Polda Sumbar"],
        persons=[("Dwi Sulistyawan", "Kombes Pol", "Kabid Humas Polda Sumbar"),
                 ("Suharyono", "Irjen Pol", "Kapolda Sumbar")],
        source="Bidhumas Polda Sumbar", labels=["Pilkada 2024", "Polda Sumbar"],
    ),
    Article(
        id="ketapang-karhutla",
        title="Bhabinkamtibmas Polsek Delta Pawan Sambangi Warga Sukabangun, Ingatkan Bahaya Karhutla",
        place="Ketapang",
        paras=[
            "Memasuki musim kemarau, Bhabinkamtibmas Kelurahan Sukabangun Polsek Delta Pawan Bripka Ahmad Zaini "
            "menyambangi warga yang tengah berkebun di kawasan Jalan Lingkar Kota, Selasa (23/7/2024).",
            "Dalam kesempatan itu, Ahmad Zaini mengingatkan warga agar tidak membuka lahan dengan cara membakar. Selain "
            "merusak lingkungan, kabut asap yang ditimbulkan dapat mengganggu kesehatan dan aktivitas masyarakat.",
            "“Ada sanksi pidana bagi siapa saja yang sengaja membakar hutan dan lahan. Kami tidak ingin ada warga kita "
            "yang berurusan dengan hukum hanya karena ketidaktahuan,” ucapnya.",
            "Kapolsek Delta Pawan Iptu Siswanto mengatakan, sambang ke kebun dan ladang warga rutin dilakukan para "
            "Bhabinkamtibmas sebagai langkah pencegahan dini kebakaran hutan dan lahan di wilayah Kabupaten Ketapang.",
        ],
        published="2024-07-23T14:00:00+07:00", event="2024-07-23",
        units=["Polsek Delta Pawan"],
        persons=[("Ahmad Zaini", "Bripka", "Bhabinkamtibmas Kelurahan Sukabangun Polsek Delta Pawan"),
                 ("Siswanto", "Iptu", "Kapolsek Delta Pawan")],
        source="Humas Polres Ketapang", labels=["Karhutla", "Ketapang"],
    ),
    Article(
        id="tuban-laka", title="Laka Lantas di Jalur Pantura Tuban, Satu Pengendara Motor Meninggal Dunia", place="Tuban",
        paras=[
            "Kecelakaan lalu lintas yang melibatkan sepeda motor dan truk tronton terjadi di Jalan Raya Tuban–Semarang, "
            "tepatnya di Desa Socorejo, Kecamatan Jenu, Kabupaten Tuban, Minggu (21/4/2024) dini hari sekitar pukul "
            "02.15 WIB.",
            "Kasat Lantas Polres Tuban AKP Rukimin, S.H., M.H. menjelaskan, kecelakaan bermula saat sepeda motor Honda "
            "Beat bernopol S 4512 HY yang dikendarai MS (23), warga Kecamatan Merakurak, melaju dari arah timur ke barat.",
            "“Diduga pengendara kurang konsentrasi sehingga menabrak bagian belakang truk yang sedang berhenti karena "
            "mengalami pecah ban. Korban mengalami luka berat di bagian kepala dan meninggal dunia di lokasi kejadian,” "
            "terangnya.",
            "Jenazah korban telah dibawa ke RSUD dr. R. Koesma Tuban untuk keperluan visum, sementara kedua kendaraan "
            "diamankan di Unit Gakkum Satlantas Polres Tuban.",
            "Rukimin mengimbau para pengendara yang melintas di jalur pantura untuk selalu berhati-hati, memastikan "
            "kondisi tubuh prima dan tidak memaksakan diri berkendara saat mengantuk.",
        ],
        published="2024-04-21T10:30:00+07:00", event="2024-04-21T02:15:00+07:00",
        units=["Polres Tuban"],
        persons=[("Rukimin", "AKP", "Kasat Lantas Polres Tuban")],
        source="Humas Polres Tuban", labels=["Laka Lantas", "Tuban"],
    ),
    Article(
        id="donggala-banjir", title="Polres Donggala Salurkan Bantuan Sembako untuk Korban Banjir di Banawa Selatan",
        place="Donggala",
        paras=[
            "Kepolisian Resor (Polres) Donggala menyalurkan ratusan paket bantuan sembako kepada warga terdampak banjir "
            "di Desa Salumpaku, Kecamatan Banawa Selatan, Kamis (11/7/2024).",
            "Kepala Seksi Hubungan Masyarakat (Kasi Humas) Polres Donggala Iptu Lukman Hakim mengatakan, bantuan berupa "
            "beras, minyak goreng, gula pasir dan mi instan itu merupakan bentuk kepedulian Polri terhadap masyarakat "
            "yang tengah tertimpa musibah.",
            "“Kami berharap bantuan ini dapat sedikit meringankan beban warga. Personel Polres Donggala bersama Polsek "
            "Banawa Selatan juga kami siagakan untuk membantu evakuasi dan membersihkan rumah warga dari lumpur,” ujar "
            "Lukman.",
            "Penyerahan bantuan dipimpin Wakapolres Donggala Kompol I Wayan Suriana, didampingi Kapolsek Banawa Selatan "
            "Ipda Abdul Rahman serta Kepala Desa Salumpaku.",
            "Hingga Kamis sore, genangan air di sejumlah titik dilaporkan mulai surut. Namun warga diminta tetap waspada "
            "karena curah hujan di wilayah Donggala diperkirakan masih tinggi hingga beberapa hari ke depan.",
        ],
        published="2024-07-11T18:05:00+08:00", event="2024-07-11", tz="+08:00",
        units=["Polres Donggala", "Si Humas Polres Donggala", "Polsek Banawa Selatan"],
        persons=[("Lukman Hakim", "Iptu", "Kasi Humas Polres Donggala"),
                 ("I Wayan Suriana", "Kompol", "Wakapolres Donggala"),
                 ("Abdul Rahman", "Ipda", "Kapolsek Banawa Selatan")],
        source="Si Humas Polres Donggala", labels=["Bencana", "Sulteng"],
    ),
    Article(
        id="jayapura-paskah", title="Ratusan Personel Polresta Jayapura Kota Amankan Ibadah Paskah", place="Jayapura",
        paras=[
            "Sebanyak 350 personel gabungan Polresta Jayapura Kota dikerahkan untuk mengamankan rangkaian ibadah Jumat "
            "Agung dan Paskah di 112 gereja yang tersebar di Kota Jayapura, Jumat (29/3/2024).",
            "Kapolresta Jayapura Kota Kombes Pol Victor Dean Mackbon, S.H., S.I.K., M.H., M.Si. mengatakan, pengamanan "
            "dilakukan secara terbuka maupun tertutup dengan melibatkan unsur TNI dan relawan gereja.",
            "“Kami pastikan seluruh umat Kristiani dapat beribadah dengan aman dan khusyuk. Personel juga kami "
            "tempatkan di titik-titik keramaian seperti Pantai Dok II dan kawasan Taman Imbi,” ujarnya.",
            "Selain pengamanan di gereja, Satlantas Polresta Jayapura Kota juga melakukan pengaturan arus lalu lintas "
            "di sekitar lokasi ibadah yang diperkirakan padat sejak sore hari hingga pukul 21.00 WIT.",
            "Kapolresta menambahkan, hingga ibadah malam selesai, situasi di seluruh wilayah Kota Jayapura terpantau "
            "aman dan kondusif tanpa gangguan berarti.",
        ],
        published="2024-03-29T23:10:00+09:00", event="2024-03-29", tz="+09:00",
        units=["Polresta Jayapura Kota"],
        persons=[("Victor Dean Mackbon", "Kombes Pol", "Kapolresta Jayapura Kota")],
        source="Humas Polresta Jayapura Kota", labels=["Papua", "Paskah"],
    ),
    Article(
        id="sambas-polairud",
        title="Satpolairud Polres Sambas Patroli Perairan Paloh, Imbau Nelayan Lengkapi Dokumen Kapal", place="Sambas",
        paras=[
            "Personel Satuan Polisi Perairan dan Udara (Satpolairud) Polres Sambas melaksanakan patroli di perairan "
            "Kecamatan Paloh sekaligus menyambangi nelayan di Dermaga Sungai Kaca, Senin (10/6).",
            "Kasat Polairud Polres Sambas AKP Eddy Susanto mengatakan, dalam patroli tersebut petugas memeriksa "
            "kelengkapan dokumen kapal serta alat keselamatan yang dibawa nelayan sebelum melaut.",
            "“Masih ada beberapa kapal yang belum dilengkapi pelampung dan surat izin berlayar. Kami berikan imbauan "
            "secara humanis agar segera dilengkapi demi keselamatan nelayan sendiri,” kata Eddy.",
            "Ia juga meminta nelayan untuk segera melapor kepada petugas apabila menemukan aktivitas mencurigakan di "
            "laut, seperti penyelundupan barang ilegal maupun pencurian ikan oleh kapal asing di wilayah perbatasan.",
        ],
        published="2024-06-10T16:45:00+07:00", event="2024-06-10",
        units=["Polres Sambas"],
        persons=[("Eddy Susanto", "AKP", "Kasat Polairud Polres Sambas")],
        source="Humas Polres Sambas", labels=["Polairud", "Sambas"],
    ),
    Article(
        id="tanahlaut-pgts",
        title="Police Goes to School, Satbinmas Polres Tanah Laut Sosialisasi Bahaya Bullying", place="Pelaihari",
        paras=[
            "Satuan Pembinaan Masyarakat (Satbinmas) Polres Tanah Laut menggelar kegiatan Police Goes to School di SMP "
            "Negeri 1 Pelaihari, Senin (29/7/2024) pukul 07.30 Wita.",
            "Kegiatan yang berlangsung usai upacara bendera itu diikuti sekitar 400 siswa dan dewan guru. Materi yang "
            "disampaikan antara lain bahaya perundungan atau bullying, kenakalan remaja, serta tertib berlalu lintas.",
            "Kasat Binmas Polres Tanah Laut Iptu Hj. Siti Rohmah mengatakan, perundungan kini tidak hanya terjadi "
            "secara langsung di sekolah, tetapi juga melalui media sosial.",
            "“Adik-adik harus berani bicara kepada guru atau orang tua apabila menjadi korban maupun melihat temannya "
            "dirundung. Jangan diam,” pesan Siti di hadapan para siswa.",
            "Kepala SMP Negeri 1 Pelaihari, Rusdiansyah, menyambut baik kegiatan tersebut dan berharap kegiatan serupa "
            "dapat digelar secara rutin setiap semester.",
        ],
        published="2024-07-29T13:25:00+08:00", event="2024-07-29T07:30:00+08:00", tz="+08:00",
        units=["Polres Tanah Laut"],
        persons=[("Siti Rohmah", "Iptu", "Kasat Binmas Polres Tanah Laut")],
        source="Humas Polres Tanah Laut", labels=["Binmas", "Pendidikan"],
    ),
    Article(
        id="lhokseumawe-ganja", title="Polres Lhokseumawe Musnahkan 120 Kilogram Ganja Kering Hasil Pengungkapan",
        place="Lhokseumawe",
        paras=[
            "Polres Lhokseumawe memusnahkan barang bukti narkotika jenis ganja kering seberat 120 kilogram di halaman "
            "Mapolres Lhokseumawe, Rabu (16/10/2024).",
            "Pemusnahan dipimpin Wakapolres Lhokseumawe Kompol Ahzan, S.E., M.Si., disaksikan perwakilan Kejaksaan "
            "Negeri Lhokseumawe, Pengadilan Negeri, BNNK serta kuasa hukum tersangka.",
            "Barang bukti tersebut merupakan hasil pengungkapan Satresnarkoba pada akhir September lalu dari dua orang "
            "tersangka berinisial MY (41) dan AR (29) di kawasan Kecamatan Muara Batu.",
            "“Pemusnahan dilakukan dengan cara dibakar. Sebelumnya sebagian kecil barang bukti telah disisihkan untuk "
            "kepentingan pembuktian di persidangan,” jelas Kasat Resnarkoba Polres Lhokseumawe AKP Novrizaldi.",
            "Kedua tersangka dijerat dengan Pasal 114 ayat (2) jo Pasal 111 ayat (2) UU RI Nomor 35 Tahun 2009 tentang "
            "Narkotika dengan ancaman pidana mati atau penjara seumur hidup.",
        ],
        published="2024-10-16T17:00:00+07:00", event="2024-10-16",
        units=["Polres Lhokseumawe"],
        persons=[("Ahzan", "Kompol", "Wakapolres Lhokseumawe"),
                 ("Novrizaldi", "AKP", "Kasat Resnarkoba Polres Lhokseumawe")],
        source="Humas Polres Lhokseumawe", labels=["Narkoba", "Aceh"],
    ),
    Article(
        id="mataram-tesurine", title="Propam Polresta Mataram Gelar Tes Urine Mendadak, Puluhan Personel Diperiksa",
        place="Mataram",
        paras=[
            "Seksi Profesi dan Pengamanan (Si Propam) Polresta Mataram menggelar tes urine secara mendadak terhadap "
            "puluhan personel usai apel pagi di halaman Mapolresta Mataram, Selasa (5/11/2024).",
            "Sebanyak 75 personel yang terdiri dari perwira, bintara hingga aparatur sipil negara diminta menyerahkan "
            "sampel urine untuk diperiksa menggunakan alat tes cepat.",
            "Kasi Propam Polresta Mataram AKP I Made Sudarsana mengatakan, seluruh sampel menunjukkan hasil negatif. "
            "Menurutnya, tes urine mendadak merupakan upaya pimpinan untuk memastikan tidak ada anggota yang terlibat "
            "penyalahgunaan narkoba.",
            "“Tidak ada toleransi bagi anggota yang terbukti menggunakan narkoba. Sanksinya tegas, mulai dari hukuman "
            "disiplin hingga pemberhentian tidak dengan hormat,” tegasnya.",
        ],
        published="2024-11-05T12:00:00+08:00", event="2024-11-05", tz="+08:00",
        units=["Polresta Mataram"],
        persons=[("I Made Sudarsana", "AKP", "Kasi Propam Polresta Mataram")],
        source="Humas Polresta Mataram", labels=["Propam", "NTB"],
    ),
    Article(
        id="blora-curanmor", title="Dua Pelaku Curanmor Lintas Kabupaten Dibekuk Satreskrim Polres Blora", place="Blora",
        paras=[
            "Satreskrim Polres Blora membekuk dua pelaku pencurian kendaraan bermotor (curanmor) yang kerap beraksi di "
            "wilayah Blora dan Grobogan. Keduanya ditangkap di sebuah rumah kontrakan di Kecamatan Cepu pada Kamis "
            "malam (22/8/2024).",
            "Kapolres Blora AKBP Wawan Andi Susanto, S.I.K., M.H. melalui Kasat Reskrim AKP Selamet, S.H., M.H. "
            "mengatakan kedua pelaku masing-masing berinisial SP (27) dan DN (31), warga Kabupaten Grobogan.",
            "“Dari hasil pemeriksaan, para pelaku mengaku sudah beraksi di 11 lokasi. Modusnya mencari sepeda motor "
            "yang diparkir di halaman rumah atau warung, lalu merusak kunci kontak menggunakan kunci T,” ungkap Selamet.",
            "Polisi menyita barang bukti berupa lima unit sepeda motor, dua buah kunci T, serta satu unit sepeda motor "
            "yang digunakan pelaku saat beraksi. Keduanya dijerat Pasal 363 KUHP tentang pencurian dengan pemberatan "
            "dengan ancaman hukuman maksimal tujuh tahun penjara.",
            "Selamet mengimbau warga agar menambah kunci ganda pada kendaraan dan memarkir sepeda motor di tempat yang "
            "aman serta terpantau.",
        ],
        published="2024-08-24T09:00:00+07:00", event="2024-08-22",
        units=["Polres Blora"],
        persons=[("Wawan Andi Susanto", "AKBP", "Kapolres Blora"), ("Selamet", "AKP", "Kasat Reskrim")],
        source="Humas Polres Blora", labels=["Kriminal", "Blora"],
    ),
    Article(
        id="gianyar-nyepi", title="Jelang Nyepi, Polsek Blahbatuh Patroli Dialogis Bersama Pecalang", place="Gianyar",
        paras=[
            "Menjelang Hari Raya Nyepi Tahun Baru Saka 1946, personel Polsek Blahbatuh bersama pecalang menggelar "
            "patroli dialogis ke sejumlah banjar di wilayah Kecamatan Blahbatuh, Gianyar, Sabtu (9/3/2024) malam.",
            "Kapolsek Blahbatuh Kompol I Putu Yoga Mahendra mengatakan, patroli dilakukan untuk mengantisipasi gangguan "
            "kamtibmas, terutama saat pawai ogoh-ogoh yang digelar pada malam pengerupukan.",
            "“Kami mengimbau para pemuda agar tidak mengonsumsi minuman beralkohol saat mengarak ogoh-ogoh dan "
            "menghindari gesekan antarbanjar. Mari jaga Bali tetap aman dan damai,” kata Kapolsek.",
            "Selama pelaksanaan Catur Brata Penyepian, personel Polsek Blahbatuh juga akan disiagakan di pos "
            "pengamanan bersama pecalang untuk mengantisipasi kejadian darurat.",
        ],
        published="2024-03-10T08:30:00+08:00", event="2024-03-09", tz="+08:00",
        units=["Polsek Blahbatuh"],
        persons=[("I Putu Yoga Mahendra", "Kompol", "Kapolsek Blahbatuh")],
        source="Humas Polres Gianyar", labels=["Bali", "Nyepi"],
    ),
    Article(
        id="tarakan-judol", title="Satreskrim Polres Tarakan Tangkap Admin Judi Online Beromzet Ratusan Juta",
        place="Tarakan",
        paras=[
            "Satuan Reserse Kriminal Polres Tarakan menangkap seorang pria berinisial AF (26) yang berperan sebagai "
            "admin situs judi online di sebuah kamar indekos di Kelurahan Karang Anyar, Selasa (3/9/2024) sekitar "
            "pukul 10.30 Wita.",
            "Kasat Reskrim Polres Tarakan AKP Randhya Sakthika Putra, S.I.K., M.H. menjelaskan, tersangka mengelola "
            "sedikitnya empat situs judi online dan menerima upah Rp5 juta per bulan dari bandar yang diduga berada di "
            "luar negeri.",
            "“Dari rekening yang dikelola tersangka, perputaran uang diperkirakan mencapai Rp600 juta dalam tiga bulan "
            "terakhir. Kami masih mendalami keterlibatan pihak lain,” ujarnya.",
            "Polisi menyita barang bukti berupa dua unit laptop, tiga telepon genggam, sejumlah buku tabungan dan kartu "
            "ATM. Tersangka dijerat Pasal 45 ayat (3) jo Pasal 27 ayat (2) UU ITE dengan ancaman pidana penjara paling "
            "lama 10 tahun.",
        ],
        published="2024-09-04T14:15:00+08:00", event="2024-09-03T10:30:00+08:00", tz="+08:00",
        units=["Polres Tarakan"],
        persons=[("Randhya Sakthika Putra", "AKP", "Kasat Reskrim Polres Tarakan")],
        source="Humas Polres Tarakan", labels=["Judi Online", "Kaltara"],
    ),
    Article(
        id="pekanbaru-donor", title="Sambut HUT Bhayangkara ke-78, Polresta Pekanbaru Gelar Donor Darah",
        place="Pekanbaru",
        paras=[
            "Dalam rangka memperingati Hari Bhayangkara ke-78, Polresta Pekanbaru menggelar kegiatan donor darah di "
            "Aula Rupatama Mapolresta Pekanbaru, Kamis (20/6/2024) pukul 09.00 WIB.",
            "Kegiatan yang bekerja sama dengan Palang Merah Indonesia (PMI) Kota Pekanbaru itu diikuti oleh personel "
            "Polri, Bhayangkari, ASN, mahasiswa serta masyarakat umum. Hingga siang hari, tercatat 230 kantong darah "
            "berhasil dikumpulkan.",
            "Kapolresta Pekanbaru Kombes Pol Jeki Rahmat Mustika, S.I.K., M.H. mengatakan, donor darah merupakan bentuk "
            "kepedulian Polri terhadap sesama sekaligus membantu ketersediaan stok darah di PMI yang kerap menipis.",
            "“Setetes darah yang bapak ibu sumbangkan hari ini sangat berarti bagi saudara-saudara kita yang "
            "membutuhkan. Terima kasih atas antusiasme masyarakat,” ucap Jeki.",
            "Selain donor darah, rangkaian HUT Bhayangkara di Polresta Pekanbaru juga diisi dengan bakti sosial, lomba "
            "olahraga serta ziarah ke Taman Makam Pahlawan.",
        ],
        published="2024-06-20T06:30:00+07:00", event="2024-06-20T09:00:00+07:00",
        units=["Polresta Pekanbaru"],
        persons=[("Jeki Rahmat Mustika", "Kombes Pol", "Kapolresta Pekanbaru")],
        source="Humas Polresta Pekanbaru", labels=["HUT Bhayangkara", "Riau"],
    ),
    Article(
        id="sintang-patuh",
        title="Hari Pertama Operasi Patuh Kapuas 2024, Satlantas Polres Sintang Bagikan Helm Gratis", place="Sintang",
        paras=[
            "Mengawali Operasi Patuh Kapuas 2024, Satuan Lalu Lintas Polres Sintang membagikan puluhan helm secara "
            "gratis kepada pengendara sepeda motor yang melintas di Simpang Lima Sintang, Senin (15/7/2024).",
            "Kasat Lantas Polres Sintang AKP Dina Lestari, S.Tr.K. mengatakan, operasi yang berlangsung selama 14 hari "
            "ke depan mengedepankan langkah preemtif dan preventif, sementara penindakan dilakukan melalui tilang "
            "elektronik.",
            "“Kami tidak sekadar menilang. Pengendara yang kedapatan tidak memakai helm kami beri teguran, lalu kami "
            "pakaikan helm baru dengan harapan mereka lebih sadar akan keselamatan,” tutur Dina.",
            "Adapun tujuh sasaran prioritas dalam operasi kali ini antara lain pengendara di bawah umur, berboncengan "
            "lebih dari satu orang, tidak menggunakan helm SNI, melawan arus, serta menggunakan telepon genggam saat "
            "berkendara.",
        ],
        published="2024-07-15T11:40:00+07:00", event="2024-07-15",
        units=["Polres Sintang"],
        persons=[("Dina Lestari", "AKP", "Kasat Lantas Polres Sintang")],
        source="Humas Polres Sintang", labels=["Operasi Patuh", "Sintang"],
    ),
    Article(
        id="blitar-tawuran", title="Polres Blitar Kota Amankan 11 Remaja Diduga Hendak Tawuran", place="Blitar",
        paras=[
            "Tim Patroli Presisi Polres Blitar Kota mengamankan 11 remaja yang diduga hendak melakukan aksi tawuran di "
            "kawasan Jalan Kalimantan, Kecamatan Sananwetan, Minggu (14/4/2024) dini hari.",
            "Kapolres Blitar Kota AKBP Danang Setiyo Pambudi, S.I.K., M.Si., melalui Kasi Humas Iptu Samsul Anwar "
            "menyampaikan, dari tangan para remaja petugas menemukan dua bilah celurit dan sebuah gir yang dimodifikasi "
            "dengan tali.",
            "“Seluruh remaja yang diamankan masih berstatus pelajar. Orang tua mereka sudah kami panggil untuk "
            "diberikan pembinaan, sedangkan pemilik senjata tajam kami proses sesuai hukum yang berlaku,” ujar Samsul.",
            "Ia mengimbau para orang tua untuk lebih memperhatikan aktivitas anak-anaknya, terutama pada malam hari dan "
            "saat libur sekolah.",
        ],
        published="2024-04-14T13:00:00+07:00", event="2024-04-14",
        units=["Polres Blitar Kota"],
        persons=[("Danang Setiyo Pambudi", "AKBP", "Kapolres Blitar Kota"), ("Samsul Anwar", "Iptu", "Kasi Humas")],
        source="Humas Polres Blitar Kota", labels=["Kenakalan Remaja"],
    ),
    Article(
        id="makassar-tahunbaru", title="Polrestabes Makassar Siagakan 1.500 Personel Amankan Malam Pergantian Tahun",
        place="Makassar",
        paras=[
            "Polrestabes Makassar menyiagakan sebanyak 1.500 personel gabungan untuk mengamankan perayaan malam "
            "pergantian tahun di sejumlah titik keramaian, Selasa (31/12/2024) malam, antara lain Pantai Losari, "
            "Center Point of Indonesia dan kawasan Jalan Boulevard.",
            "Kapolrestabes Makassar Kombes Pol Mokhamad Ngajib, S.I.K., M.H. mengatakan, pengerahan personel tersebut "
            "merupakan bagian dari Operasi Lilin 2024 yang digelar hingga awal Januari mendatang.",
            "“Kami juga mengimbau masyarakat tidak menyalakan petasan dan kembang api secara sembarangan, serta "
            "menghindari konvoi kendaraan yang dapat mengganggu ketertiban,” ujar Ngajib.",
            "Personel disebar di 27 pos pengamanan dan pos pelayanan, termasuk di terminal, pelabuhan dan pusat "
            "perbelanjaan. Rekayasa lalu lintas juga akan diberlakukan di sekitar Pantai Losari mulai pukul 20.00 Wita.",
        ],
        published="2024-12-31T16:20:00+08:00", event="2024-12-31", tz="+08:00",
        units=["Polrestabes Makassar"],
        persons=[("Mokhamad Ngajib", "Kombes Pol", "Kapolrestabes Makassar")],
        source="Humas Polrestabes Makassar", labels=["Operasi Lilin", "Makassar"],
    ),
    Article(
        id="kobar-karhutla", title="Polres Kobar Bersama Manggala Agni Padamkan Karhutla di Pangkalan Lada",
        place="Pangkalan Bun",
        paras=[
            "Personel Polres Kotawaringin Barat (Kobar) bersama Manggala Agni Daops Pangkalan Bun dan Masyarakat Peduli "
            "Api berjibaku memadamkan kebakaran lahan gambut di Desa Pandu Sanjaya, Kecamatan Pangkalan Lada, Rabu "
            "(14/8/2024) siang.",
            "Kapolres Kobar AKBP Yusfandi Usman, S.I.K., M.I.K. melalui Kasi Humas AKP Sugiyono mengatakan, luas lahan "
            "yang terbakar diperkirakan mencapai dua hektare. Proses pemadaman sempat terkendala minimnya sumber air di "
            "sekitar lokasi.",
            "“Api berhasil dipadamkan sekitar pukul 16.30 WIB. Petugas masih melakukan pendinginan agar api tidak "
            "kembali muncul dari bawah lapisan gambut,” ujarnya.",
            "Polisi juga masih menyelidiki penyebab kebakaran. Sugiyono menegaskan, pihaknya tidak segan menindak tegas "
            "siapa pun yang terbukti sengaja membakar lahan.",
        ],
        published="2024-08-14T20:05:00+07:00", event="2024-08-14",
        units=["Polres Kotawaringin Barat"],
        persons=[("Yusfandi Usman", "AKBP", "Kapolres Kobar"), ("Sugiyono", "AKP", "Kasi Humas")],
        source="Humas Polres Kobar", labels=["Karhutla", "Kalteng"],
    ),
    Article(
        id="ambon-longsor", title="Bhabinkamtibmas Polresta Ambon Bantu Warga Bersihkan Puing Longsor", place="Ambon",
        paras=[
            "Bhabinkamtibmas Negeri Batu Merah Polresta Ambon Aipda Yohanis Latumahina membantu warga membersihkan "
            "material longsor yang menimpa dua rumah di kawasan Air Mata Cina, Kamis (4/7/2024).",
            "Longsor terjadi setelah hujan deras mengguyur Kota Ambon sejak Rabu malam. Tidak ada korban jiwa dalam "
            "kejadian itu, namun dapur dan kamar mandi milik warga rusak tertimbun tanah.",
            "“Kami bersama warga dan Babinsa bergotong royong membersihkan puing agar akses jalan setapak bisa kembali "
            "dilalui. Warga yang rumahnya terdampak untuk sementara mengungsi ke rumah kerabat,” kata Yohanis.",
            "Kapolresta Ambon Kombes Pol Driyano Andri Ibrahim mengapresiasi kesigapan anggotanya dan meminta seluruh "
            "Bhabinkamtibmas untuk terus memantau wilayah rawan longsor selama musim hujan.",
        ],
        published="2024-07-04T17:30:00+09:00", event="2024-07-04", tz="+09:00",
        units=["Polresta Ambon"],
        persons=[("Yohanis Latumahina", "Aipda", "Bhabinkamtibmas Negeri Batu Merah Polresta Ambon"),
                 ("Driyano Andri Ibrahim", "Kombes Pol", "Kapolresta Ambon")],
        source="Humas Polresta Ambon", labels=["Maluku", "Bencana"],
    ),
    Article(
        id="entikong-pospol", title="Kapolda Kalbar Resmikan Pos Polisi Perbatasan di Entikong", place="Entikong",
        paras=[
            "Kapolda Kalimantan Barat Irjen Pol Pipit Rismanto, S.I.K., M.H. meresmikan Pos Polisi Perbatasan di "
            "Kecamatan Entikong, Kabupaten Sanggau, Selasa (20/8/2024).",
            "Peresmian ditandai dengan pengguntingan pita dan penandatanganan prasasti, disaksikan Bupati Sanggau, "
            "Kapolres Sanggau AKBP Suparno Agus Candra Kusumah, serta perwakilan Satgas Pamtas Yonif 642/Kapuas.",
            "“Pos ini kami bangun untuk memperkuat pelayanan dan pengawasan di jalur lintas batas negara. Masyarakat "
            "yang membutuhkan bantuan kepolisian tidak perlu lagi menempuh jarak jauh ke Mapolsek,” kata Pipit.",
            "Menurut Kabid Humas Polda Kalbar Kombes Pol Raden Petit Wijaya, pos tersebut akan diisi personel secara "
            "bergantian selama 24 jam dan dilengkapi kendaraan patroli roda dua maupun roda empat.",
            "Pipit berharap kehadiran pos polisi tersebut dapat menekan angka kejahatan lintas negara seperti "
            "penyelundupan narkoba dan perdagangan orang.",
        ],
        published="2024-08-20T18:00:00+07:00", event="2024-08-20",
        units=["Polda Kalbar", "Polres Sanggau", "Bidhumas Polda Kalbar"],
        persons=[("Pipit Rismanto", "Irjen Pol", "Kapolda Kalbar"),
                 ("Suparno Agus Candra Kusumah", "AKBP", "Kapolres Sanggau"),
                 ("Raden Petit Wijaya", "Kombes Pol", "Kabid Humas Polda Kalbar")],
        source="Bidhumas Polda Kalbar", labels=["Perbatasan", "Polda Kalbar"],
    ),
    Article(
        id="kapuashulu-jagung", title="Dukung Ketahanan Pangan, Polres Kapuas Hulu Tanam Jagung di Lahan Satu Hektare",
        place="Putussibau",
        paras=[
            "Polres Kapuas Hulu melaksanakan penanaman bibit jagung di lahan seluas satu hektare di Desa Sibau Hilir, "
            "Kecamatan Putussibau Utara, Kamis (16/1/2025), sebagai wujud dukungan terhadap program ketahanan pangan "
            "nasional.",
            "Penanaman dipimpin langsung Kapolres Kapuas Hulu AKBP Hendrawan, S.I.K., didampingi Wakapolres Kompol "
            "Sunarto, para Pejabat Utama, Kepala Dinas Pertanian serta kelompok tani setempat.",
            "“Lahan ini merupakan lahan tidur milik warga yang kami manfaatkan bersama kelompok tani. Hasil panennya "
            "nanti sepenuhnya untuk masyarakat,” ujar Hendrawan.",
            "Ia menambahkan, setiap Polsek jajaran juga diminta menyiapkan lahan minimal seperempat hektare yang "
            "dikelola bersama Bhabinkamtibmas dan warga binaan.",
        ],
        published="2025-01-16T13:45:00+07:00", event="2025-01-16",
        units=["Polres Kapuas Hulu"],
        persons=[("Hendrawan", "AKBP", "Kapolres Kapuas Hulu"), ("Sunarto", "Kompol", "Wakapolres")],
        source="Humas Polres Kapuas Hulu", labels=["Ketahanan Pangan"],
    ),
    Article(
        id="labuhanbatu-lilin", title="Kapolres Labuhanbatu Pimpin Apel Kesiapan Pengamanan Natal dan Tahun Baru",
        place="Rantauprapat",
        paras=[
            "Kapolres Labuhanbatu AKBP Bernhard L. Malau, S.I.K., M.H. memimpin apel gelar pasukan Operasi Lilin Toba "
            "2024 di Lapangan Ika Bina En Pabolo, Rantauprapat, Jumat (20/12/2024) pagi.",
            "Apel tersebut diikuti personel gabungan dari Polres Labuhanbatu, Kodim 0209/Labuhanbatu, Satpol PP, Dinas "
            "Perhubungan, Dinas Kesehatan serta organisasi kemasyarakatan.",
            "Dalam amanatnya, Kapolres menyebutkan sebanyak 285 personel Polres Labuhanbatu dilibatkan dalam operasi "
            "yang berlangsung selama 13 hari, mulai 21 Desember 2024 hingga 2 Januari 2025.",
            "“Pastikan seluruh rangkaian ibadah Natal dan perayaan malam tahun baru berjalan aman. Laksanakan tugas "
            "dengan humanis dan jauhi pelanggaran sekecil apa pun,” tegas Bernhard.",
        ],
        published="2024-12-20T11:00:00+07:00", event="2024-12-20",
        units=["Polres Labuhanbatu"],
        persons=[("Bernhard L. Malau", "AKBP", "Kapolres Labuhanbatu")],
        source="Humas Polres Labuhanbatu", labels=["Operasi Lilin", "Sumut"],
    ),
    Article(
        id="hst-takjil", title="Polres HST Bagikan Takjil kepada Pengguna Jalan di Barabai", place="Barabai",
        paras=[
            "Memasuki pekan kedua bulan suci Ramadhan 1445 H, Polres Hulu Sungai Tengah (HST) membagikan ratusan paket "
            "takjil kepada pengguna jalan di depan Mapolres HST, Jalan Jenderal Sudirman, Barabai, Selasa (19/3/2024) "
            "sore.",
            "Kegiatan berbagi takjil dipimpin Kapolres HST AKBP Jupri JHP Tampubolon, S.I.K. bersama Ketua Bhayangkari "
            "Cabang HST dan para pejabat utama. Takjil yang dibagikan berupa kue tradisional, kurma dan air mineral.",
            "“Ini bentuk kepedulian dan rasa syukur kami kepada masyarakat. Semoga membawa berkah bagi kita semua di "
            "bulan Ramadhan,” kata Jupri.",
            "Selain membagikan takjil, personel Satlantas juga mengatur arus lalu lintas yang padat menjelang waktu "
            "berbuka puasa di ruas jalan protokol Kota Barabai.",
        ],
        published="2024-03-19T18:40:00+08:00", event="2024-03-19", tz="+08:00",
        units=["Polres Hulu Sungai Tengah"],
        persons=[("Jupri JHP Tampubolon", "AKBP", "Kapolres HST")],
        source="Humas Polres HST", labels=["Ramadhan", "Kalsel"],
    ),
    Article(
        id="mempawah-senpi", title="Warga Sungai Pinyuh Serahkan Senjata Api Rakitan ke Polsek", place="Mempawah",
        paras=[
            "Seorang warga Desa Nusapati, Kecamatan Sungai Pinyuh, secara sukarela menyerahkan satu pucuk senjata api "
            "rakitan jenis penabur beserta amunisinya kepada Polsek Sungai Pinyuh, Rabu (2/10/2024).",
            "Kapolsek Sungai Pinyuh Iptu Aristo Pangaribuan mengapresiasi kesadaran warga tersebut. Menurutnya, "
            "senjata api rakitan yang biasa digunakan untuk berburu itu sangat berbahaya dan dapat disalahgunakan.",
            "“Kepemilikan senjata api tanpa izin melanggar Undang-Undang Darurat Nomor 12 Tahun 1951. Kami mengajak "
            "masyarakat yang masih menyimpan senjata rakitan untuk menyerahkannya secara sukarela tanpa dikenakan "
            "sanksi,” kata Aristo.",
            "Senjata tersebut selanjutnya diserahkan ke Polres Mempawah untuk didata dan dimusnahkan sesuai prosedur "
            "yang berlaku.",
        ],
        published="2024-10-03T08:00:00+07:00", event="2024-10-02",
        units=["Polsek Sungai Pinyuh", "Polres Mempawah"],
        persons=[("Aristo Pangaribuan", "Iptu", "Kapolsek Sungai Pinyuh")],
        source="Humas Polres Mempawah", labels=["Mempawah"],
    ),
    Article(
        id="jambi-minyak", title="Polda Jambi Tetapkan Tiga Tersangka Kasus Tambang Minyak Ilegal", place="Jambi",
        paras=[
            "Direktorat Reserse Kriminal Khusus (Ditreskrimsus) Polda Jambi menetapkan tiga orang tersangka dalam kasus "
            "pengeboran minyak ilegal di kawasan hutan Kecamatan Bajubang, Kabupaten Batanghari.",
            "Kabid Humas Polda Jambi Kombes Pol Mulia Prianto, S.I.K. dalam konferensi pers di Mapolda Jambi, Senin "
            "(26/8/2024) mengatakan, ketiga tersangka masing-masing berinisial HS selaku pemodal, serta RB dan TN "
            "selaku pekerja.",
            "“Dari lokasi, penyidik menyita 12 drum berisi minyak mentah, satu unit mesin penyedot, pipa sepanjang 300 "
            "meter dan satu unit truk tangki,” ungkap Mulia.",
            "Direktur Reserse Kriminal Khusus Polda Jambi Kombes Pol Andri Ananta Yudhistira menambahkan, para "
            "tersangka dijerat Undang-Undang tentang Minyak dan Gas Bumi serta Undang-Undang Cipta Kerja dengan "
            "ancaman pidana enam tahun penjara.",
        ],
        published="2024-08-26T15:30:00+07:00", event="2024-08-26",
        units=["Polda Jambi", "Bidhumas Polda Jambi"],
        persons=[("Mulia Prianto", "Kombes Pol", "Kabid Humas Polda Jambi"),
                 ("Andri Ananta Yudhistira", "Kombes Pol", "Direktur Reserse Kriminal Khusus Polda Jambi")],
        source="Bidhumas Polda Jambi", labels=["Polda Jambi", "Illegal Drilling"],
    ),
    Article(
        id="singkawang-capgomeh", title="Pengamanan Cap Go Meh Singkawang, Polres Kerahkan 800 Personel",
        place="Singkawang",
        paras=[
            "Polres Singkawang mengerahkan 800 personel gabungan untuk mengamankan perayaan Cap Go Meh 2575 yang "
            "digelar di Kota Singkawang, Sabtu (24/2/2024).",
            "Kapolres Singkawang AKBP Ade Kuncoro Ridwan, S.I.K., M.H. mengatakan, personel ditempatkan di sepanjang "
            "rute pawai tatung, vihara, serta pusat keramaian untuk mengantisipasi kepadatan pengunjung dan tindak "
            "kejahatan.",
            "“Kami perkirakan ada ratusan ribu wisatawan yang datang, baik dari dalam maupun luar negeri. Kami minta "
            "masyarakat menjaga barang bawaannya dan segera melapor ke pos terdekat jika ada kejadian menonjol,” kata "
            "Ade.",
            "Kapolda Kalbar Irjen Pol Pipit Rismanto yang turut meninjau pawai menyatakan apresiasi atas kerja sama "
            "seluruh pihak sehingga perayaan berjalan meriah dan tertib.",
        ],
        published="2024-02-24T21:10:00+07:00", event="2024-02-24",
        units=["Polres Singkawang", "Polda Kalbar"],
        persons=[("Ade Kuncoro Ridwan", "AKBP", "Kapolres Singkawang"), ("Pipit Rismanto", "Irjen Pol", "Kapolda Kalbar")],
        source="Humas Polres Singkawang", labels=["Cap Go Meh", "Singkawang"],
    ),
    Article(
        id="samarinda-simkeliling", title="Ditlantas Polda Kaltim Luncurkan Layanan SIM Keliling di Kawasan Citra Niaga",
        place="Samarinda",
        paras=[
            "Direktorat Lalu Lintas Polda Kalimantan Timur meluncurkan layanan Surat Izin Mengemudi (SIM) keliling di "
            "kawasan Citra Niaga, Samarinda, Senin (4/11/2024) pukul 08.00 Wita.",
            "Dirlantas Polda Kaltim Kombes Pol Made Agus Prasatya, S.I.K., M.Hum. mengatakan layanan tersebut "
            "diperuntukkan bagi masyarakat yang hendak memperpanjang SIM A dan SIM C tanpa harus datang ke kantor Satpas.",
            "“Cukup membawa KTP asli dan SIM lama yang masih berlaku. Prosesnya kurang dari 30 menit,” ujar Made Agus.",
            "Layanan SIM keliling dibuka setiap hari Senin hingga Jumat mulai pukul 08.00 hingga 14.00 Wita, sedangkan "
            "lokasinya akan diumumkan melalui akun media sosial resmi Ditlantas Polda Kaltim.",
        ],
        published="2024-11-04T10:30:00+08:00", event="2024-11-04T08:00:00+08:00", tz="+08:00",
        units=["Polda Kaltim"],
        persons=[("Made Agus Prasatya", "Kombes Pol", "Dirlantas Polda Kaltim")],
        source="Bidhumas Polda Kaltim", labels=["Pelayanan", "Kaltim"],
    ),
    Article(
        id="metro-arisan", title="Polres Metro Ungkap Sindikat Penipuan Berkedok Arisan Online", place="Metro",
        paras=[
            "Satreskrim Polres Metro, Lampung, mengungkap kasus penipuan berkedok arisan online yang merugikan puluhan "
            "korban dengan total kerugian mencapai Rp1,2 miliar.",
            "Kasat Reskrim Polres Metro AKP Rosali mengatakan, pelaku berinisial DA (32), seorang ibu rumah tangga "
            "warga Kecamatan Metro Pusat, ditangkap di rumahnya pada Selasa (12/11/2024) setelah sejumlah korban melapor.",
            "“Modusnya, pelaku menawarkan arisan dengan keuntungan besar melalui grup WhatsApp. Awalnya pembayaran "
            "lancar, namun sejak Agustus pelaku tidak lagi menyerahkan uang kepada anggota arisan,” jelas Rosali.",
            "Atas perbuatannya, pelaku dijerat Pasal 378 dan 372 KUHP tentang penipuan dan penggelapan dengan ancaman "
            "hukuman maksimal empat tahun penjara.",
        ],
        published="2024-11-14T10:00:00+07:00", event="2024-11-12",
        units=["Polres Metro"],
        persons=[("Rosali", "AKP", "Kasat Reskrim Polres Metro")],
        source="Humas Polres Metro", labels=["Penipuan", "Lampung"],
    ),
    Article(
        id="kapuas-banjir", title="Polres Kapuas Evakuasi Warga Terdampak Banjir di Mantangai", place="Kuala Kapuas",
        paras=[
            "Personel Polres Kapuas bersama BPBD dan relawan mengevakuasi puluhan warga yang terdampak banjir di Desa "
            "Mantangai Hulu, Kecamatan Mantangai, Kabupaten Kapuas, Minggu (17/11/2024).",
            "Kapolres Kapuas AKBP Gede Pasek Muliadnyana, S.I.K. melalui Kasi Humas Polres Kapuas Ipda Syahrudin "
            "mengatakan, ketinggian air di permukiman warga mencapai satu meter akibat luapan Sungai Kapuas.",
            "“Prioritas kami adalah lansia, ibu hamil dan anak-anak. Mereka kami evakuasi menggunakan perahu karet ke "
            "posko pengungsian di gedung sekolah yang lebih tinggi,” ujar Syahrudin.",
            "Selain evakuasi, polisi juga menyalurkan bantuan makanan siap saji dan air bersih kepada para pengungsi.",
        ],
        published="2024-11-17T19:00:00+07:00", event="2024-11-17",
        units=["Polres Kapuas", "Si Humas Polres Kapuas"],
        persons=[("Gede Pasek Muliadnyana", "AKBP", "Kapolres Kapuas"),
                 ("Syahrudin", "Ipda", "Kasi Humas Polres Kapuas")],
        source="Si Humas Polres Kapuas", labels=["Banjir", "Kalteng"],
    ),
    Article(
        id="bengkayang-baksos",
        title="Polres Bengkayang Gelar Bakti Kesehatan Gratis di Desa Perbatasan Jagoi Babang", place="Bengkayang",
        paras=[
            "Dalam rangka menyambut Hari Bhayangkara, Polres Bengkayang menggelar bakti kesehatan berupa pengobatan "
            "gratis di Desa Jagoi, Kecamatan Jagoi Babang, Sabtu (22/6/2024).",
            "Sebanyak 312 warga memanfaatkan layanan pemeriksaan kesehatan, pengobatan umum, cek gula darah hingga "
            "konsultasi gizi anak yang ditangani tim dokter Urkes Polres Bengkayang dan puskesmas setempat.",
            "Wakapolres Bengkayang Kompol Muhammad Yusuf menuturkan, desa-desa di kawasan perbatasan menjadi prioritas "
            "karena akses ke fasilitas kesehatan masih terbatas.",
            "“Kami ingin masyarakat perbatasan merasakan langsung kehadiran negara. Ke depan, kegiatan serupa akan kami "
            "bawa ke desa-desa lainnya,” katanya.",
        ],
        published="2024-06-22T16:00:00+07:00", event="2024-06-22",
        units=["Polres Bengkayang"],
        persons=[("Muhammad Yusuf", "Kompol", "Wakapolres Bengkayang")],
        source="Humas Polres Bengkayang", labels=["Bakti Kesehatan"],
    ),
    Article(
        id="pontianak-upal", title="Polresta Pontianak Bongkar Peredaran Uang Palsu Jelang Lebaran", place="Pontianak",
        paras=[
            "Satuan Reserse Kriminal Polresta Pontianak membongkar peredaran uang palsu yang diduga akan dibelanjakan di "
            "pasar tradisional menjelang Hari Raya Idul Fitri 1445 H. Dua orang pelaku ditangkap di sebuah penginapan "
            "di Jalan Gajah Mada, Kota Pontianak, Kamis (28/3/2024) malam.",
            "Kapolresta Pontianak Kombes Pol Adhe Hariadi, S.I.K., M.H. dalam konferensi pers di Mapolresta Pontianak "
            "mengatakan, kedua pelaku masing-masing berinisial HR (45) dan YS (38) merupakan warga Kabupaten Kubu Raya.",
            "“Dari tangan pelaku kami sita 412 lembar uang palsu pecahan Rp100.000 dan Rp50.000 dengan nilai nominal "
            "sekitar Rp35 juta, satu unit printer, kertas HVS serta tinta,” ujar Adhe.",
            "Menurut Adhe, para pelaku mencetak uang palsu tersebut di sebuah rumah kontrakan di Kecamatan Sungai Raya. "
            "Uang palsu itu rencananya diedarkan dengan cara dibelanjakan kepada pedagang kecil pada malam hari.",
            "Kasat Reskrim Polresta Pontianak Kompol Antonius Trias Kuncorojati, S.I.K. menambahkan, pengungkapan "
            "berawal dari laporan seorang pedagang sayur di Pasar Flamboyan yang menerima uang palsu dari pembeli.",
            "“Dari laporan itu kami lakukan penyelidikan dan profiling. Dalam waktu kurang dari sepekan, kedua pelaku "
            "berhasil kami amankan,” kata Antonius.",
            "Atas perbuatannya, kedua pelaku dijerat Pasal 36 ayat (1) dan ayat (3) Undang-Undang Nomor 7 Tahun 2011 "
            "tentang Mata Uang dengan ancaman pidana penjara paling lama 15 tahun.",
            "Polisi mengimbau masyarakat, khususnya para pedagang, untuk lebih teliti saat menerima uang dengan metode "
            "3D, yakni dilihat, diraba dan diterawang.",
        ],
        published="2024-03-30T12:00:00+07:00", event="2024-03-28",
        units=["Polresta Pontianak"],
        persons=[("Adhe Hariadi", "Kombes Pol", "Kapolresta Pontianak"),
                 ("Antonius Trias Kuncorojati", "Kompol", "Kasat Reskrim Polresta Pontianak")],
        source="Humas Polresta Pontianak", labels=["Uang Palsu", "Pontianak"],
    ),
]

# The held-out batch: written after the extractor was tuned on the articles above, to measure how the rules
# generalise (new regions, wording, officer names and spellings); its pages use templates of their own.
HOLDOUT: list[Article] = [
    Article(
        id="manado-patroli", title="Tim Paniki Polresta Manado Bubarkan Pesta Miras di Kawasan Boulevard",
        place="Manado",
        paras=[
            "Tim Paniki Satuan Samapta Polresta Manado membubarkan sekelompok pemuda yang tengah menggelar pesta "
            "minuman keras di kawasan Boulevard II, Kecamatan Tuminting, Minggu dini hari (12/5) sekitar pukul 01.30 Wita.",
            "Kapolresta Manado Kombes Pol Julianto P. Sirait, S.H., S.I.K. melalui Kasi Humas Polresta Manado Ipda "
            "Agus Haryono membenarkan kejadian tersebut. Menurutnya, petugas mengamankan 17 botol minuman keras jenis "
            "cap tikus dan dua bilah senjata tajam.",
            "“Sembilan pemuda kami bawa ke Mapolresta untuk didata dan diberi pembinaan. Orang tua mereka juga sudah "
            "kami hubungi,” ujar Agus, Minggu (12/5/2024).",
            "Ia menegaskan patroli skala besar akan terus digencarkan pada akhir pekan, terutama di lokasi yang kerap "
            "dijadikan tempat berkumpul anak muda hingga larut malam.",
        ],
        published="2024-05-12T14:25:00+08:00", event="2024-05-12T01:30:00+08:00", tz="+08:00",
        units=["Polresta Manado", "Si Humas Polresta Manado"],
        persons=[("Julianto P. Sirait", "Kombes Pol", "Kapolresta Manado"),
                 ("Agus Haryono", "Ipda", "Kasi Humas Polresta Manado")],
        source="Humas Polresta Manado", labels=["Sulut", "Kamtibmas"],
    ),
    Article(
        id="kupang-lakalantas", title="Pengendara Motor Tewas Tertabrak Truk di Jalan Timor Raya, Polisi Periksa Sopir",
        place="Kupang",
        paras=[
            "Seorang pengendara sepeda motor berinisial YT (19) tewas setelah bertabrakan dengan truk pengangkut pasir di "
            "Jalan Timor Raya, Kelurahan Oesapa, Kota Kupang, pada Jum’at (7/6/2024) sore.",
            "Kasat Lantas Polresta Kupang Kota Kompol Sofian Hidayat, S.I.K. mengatakan, sopir truk berinisial MN (44) "
            "telah diamankan di Mapolresta Kupang Kota untuk menjalani pemeriksaan.",
            "“Dari keterangan saksi di lokasi, sepeda motor korban hendak mendahului kendaraan lain namun dari arah "
            "berlawanan melaju truk tersebut sehingga tabrakan tidak terhindarkan,” jelas Sofian.",
            "Ia menambahkan, penyidik Unit Gakkum masih melakukan olah tempat kejadian perkara dan meminta keterangan "
            "dari sejumlah saksi. Jenazah korban telah diserahkan kepada pihak keluarga untuk dimakamkan.",
        ],
        published="2024-06-08T09:10:00+08:00", event="2024-06-07", tz="+08:00",
        units=["Polresta Kupang Kota"],
        persons=[("Sofian Hidayat", "Kompol", "Kasat Lantas Polresta Kupang Kota")],
        source="Humas Polresta Kupang Kota", labels=["NTT", "Lalu Lintas"],
    ),
    Article(
        id="barelang-pmi", title="Polresta Barelang Gagalkan Pengiriman 21 Calon PMI Ilegal ke Malaysia",
        place="Batam",
        paras=[
            "Satreskrim Polresta Barelang menggagalkan upaya pengiriman 21 calon Pekerja Migran Indonesia (PMI) "
            "nonprosedural ke Malaysia melalui Pelabuhan Tikus di kawasan Tanjung Uncang, Batam, Selasa malam "
            "(14/05/24).",
            "Wakapolresta Barelang AKBP Fadli Agus, S.I.K., M.H. dalam konferensi pers mengatakan, para calon PMI "
            "tersebut berasal dari Nusa Tenggara Barat, Jawa Timur dan Sumatera Utara. Polisi juga mengamankan dua "
            "orang yang diduga berperan sebagai perekrut dan penampung.",
            "“Para korban dijanjikan bekerja di perkebunan sawit dengan gaji besar tanpa dokumen resmi. Mereka "
            "diminta membayar Rp8 juta per orang,” kata Fadli didampingi Kasat Reskrim Kompol Debby Tri Andrestian.",
            "Kedua tersangka dijerat Undang-Undang tentang Perlindungan Pekerja Migran Indonesia dengan ancaman pidana "
            "penjara paling lama 10 tahun dan denda paling banyak Rp15 miliar.",
        ],
        published="2024-05-15T16:00:00+07:00", event="2024-05-14",
        units=["Polresta Barelang"],
        persons=[("Fadli Agus", "AKBP", "Wakapolresta Barelang"), ("Debby Tri Andrestian", "Kompol", "Kasat Reskrim")],
        source="Humas Polresta Barelang", labels=["Kepri", "TPPO"],
    ),
    Article(
        id="oki-sapi", title="Komplotan Pencuri Sapi Lintas Kabupaten Diringkus Polres OKI", place="Kayuagung",
        paras=[
            "Tim Opsnal Satreskrim Polres Ogan Komering Ilir (OKI) meringkus tiga anggota komplotan pencuri sapi yang "
            "beraksi di sejumlah kecamatan di OKI dan Ogan Ilir. Ketiganya ditangkap di tempat persembunyian mereka di "
            "Desa Celikah, Kecamatan Kayuagung, Kamis (18/7/2024) sekitar pukul 03.00 WIB.",
            "Kapolres OKI AKBP Dili Yanto, S.H., S.I.K., M.H. melalui Kasat Reskrim AKP Yochi Marta menjelaskan, "
            "komplotan tersebut sudah mencuri sedikitnya 12 ekor sapi milik warga dalam tiga bulan terakhir.",
            "“Modus mereka menggiring sapi dari kandang pada malam hari lalu mengangkutnya dengan mobil bak terbuka. "
            "Sapi hasil curian dijual ke pedagang di luar kabupaten,” ungkap Yochi.",
            "Selain menangkap tiga tersangka, polisi juga menyita satu unit mobil pikap, tali tambang, dan uang tunai "
            "hasil penjualan sapi. Satu pelaku lain masih dalam pengejaran.",
        ],
        published="2024-07-19T10:45:00+07:00", event="2024-07-18T03:00:00+07:00",
        units=["Polres OKI"],
        persons=[("Dili Yanto", "AKBP", "Kapolres OKI"), ("Yochi Marta", "AKP", "Kasat Reskrim")],
        source="Humas Polres OKI", labels=["Sumsel", "Kriminal"],
    ),
    Article(
        id="kotim-sengketa", title="Mediasi Sengketa Lahan, Kapolres Kotim Minta Warga dan Perusahaan Menahan Diri",
        place="Sampit",
        paras=[
            "Kapolres Kotawaringin Timur (Kotim) AKBP Sarpani memfasilitasi mediasi sengketa lahan antara warga Desa "
            "Penyang dan sebuah perusahaan perkebunan kelapa sawit di Aula Mapolres Kotim, Senin (22/4/2024).",
            "Mediasi turut dihadiri Dandim 1015/Sampit Letkol Inf Mohammad Tafrichul Ichsan, perwakilan Badan "
            "Pertanahan Nasional serta Camat Telawang. Dalam pertemuan itu kedua pihak sepakat untuk tidak melakukan "
            "aktivitas di lahan yang disengketakan hingga ada keputusan resmi.",
            "“Kami minta semua pihak menahan diri dan menempuh jalur hukum. Jangan sampai persoalan ini berujung pada "
            "tindakan anarkis yang justru merugikan masyarakat sendiri,” tegas Sarpani.",
            "Kapolres juga menginstruksikan Kapolsek Telawang Iptu Muh. Arifin beserta Bhabinkamtibmas setempat untuk "
            "terus memantau situasi di lapangan.",
        ],
        published="2024-04-22T17:20:00+07:00", event="2024-04-22",
        units=["Polres Kotawaringin Timur", "Polsek Telawang"],
        persons=[("Sarpani", "AKBP", "Kapolres Kotawaringin Timur"), ("Muh. Arifin", "Iptu", "Kapolsek Telawang")],
        source="Humas Polres Kotim", labels=["Kalteng", "Agraria"],
    ),
    Article(
        id="gorut-jumatberkah", title="Jumat Berkah, Polres Gorontalo Utara Bagikan Sembako ke Lansia", place="Kwandang",
        paras=[
            "Personel Polres Gorontalo Utara menggelar kegiatan Jumat Berkah dengan membagikan paket sembako kepada "
            "para lansia dan warga kurang mampu di Desa Molingkapoto, Kecamatan Kwandang, Jumat pagi (26/7).",
            "Kegiatan dipimpin Wakapolres Gorontalo Utara Kompol Drs. Yani Sinulingga bersama Ps. Kasi Humas Polres "
            "Gorontalo Utara Ipda Ridwan Mohamad.",
            "“Semoga bantuan ini bisa meringkankan beban para orang tua kita. Kegiatan Jumat Berkah rutin kami gelar "
            "setiap pekan secara bergantian di setiap desa,” kata Yani.",
            "Salah seorang penerima, Hadjah Suleman (72), mengaku terharu dan berterima kasih atas kepedulian "
            "personel Polres Gorontalo Utara.",
        ],
        published="2024-07-26T15:05:00+08:00", event="2024-07-26", tz="+08:00",
        units=["Polres Gorontalo Utara", "Si Humas Polres Gorontalo Utara"],
        persons=[("Yani Sinulingga", "Kompol", "Wakapolres Gorontalo Utara"),
                 ("Ridwan Mohamad", "Ipda", "Ps. Kasi Humas Polres Gorontalo Utara")],
        source="Humas Polres Gorontalo Utara", labels=["Gorontalo", "Bakti Sosial"],
    ),
    Article(
        id="sorong-pemilu", title="Polresta Sorong Kota Gelar Simulasi Sistem Pengamanan Kota Jelang Pilkada",
        place="Sorong",
        paras=[
            "Polresta Sorong Kota menggelar simulasi Sistem Pengamanan Kota (Sispamkota) di Lapangan Hoki, Kota "
            "Sorong, Rabu (25/9/2024) pukul 09.00 WIT, sebagai persiapan pengamanan Pilkada serentak November mendatang.",
            "Simulasi melibatkan sekitar 600 personel gabungan Polri, TNI, Satpol PP dan Damkar. Skenario yang "
            "diperagakan mulai dari pengamanan kampanye, pengawalan logistik, hingga penanganan unjuk rasa yang "
            "berujung anarkis.",
            "Kapolresta Sorong Kota Kombes Pol Happy Perdana Yudianto, S.I.K., M.H. mengatakan simulasi bertujuan "
            "menyamakan cara bertindak seluruh personel di lapangan.",
            "“Setiap personel harus paham tugasnya masing-masing. Kami ingin Pilkada di Kota Sorong berlangsung aman, "
            "damai dan bermartabat,” ujarnya.",
        ],
        published="2024-09-25T13:40:00+09:00", event="2024-09-25T09:00:00+09:00", tz="+09:00",
        units=["Polresta Sorong Kota"],
        persons=[("Happy Perdana Yudianto", "Kombes Pol", "Kapolresta Sorong Kota")],
        source="Humas Polresta Sorong Kota", labels=["Papua Barat Daya", "Pilkada 2024"],
    ),
    Article(
        id="kuburaya-narkoba", title="Polsek Sungai Raya Tangkap Kurir Sabu di Jalan Adisucipto", place="Kubu Raya",
        paras=[
            "Unit Reskrim Polsek Sungai Raya, Polres Kubu Raya, menangkap seorang kurir narkoba berinisial AS (29) di "
            "Jalan Adisucipto, Kecamatan Sungai Raya, Kamis (5/9/2024) malam.",
            "Kapolsek Sungai Raya AKP Ahmad Sukri mengatakan, dari tangan tersangka petugas menyita 48 paket sabu siap "
            "edar dengan berat keseluruhan 31,7 gram yang disembunyikan di dalam bungkus rokok.",
            "“Penangkapan dilakukan oleh tim yang dipimpin Kanit Reskrim IPTU Rizky Pratama setelah kami menerima "
            "laporan warga,” kata Ahmad Sukri.",
            "Tersangka beserta barang bukti selanjutnya diserahkan ke Satresnarkoba Polres Kubu Raya untuk proses "
            "penyidikan. Polisi masih memburu pemasok sabu yang diduga berada di Kota Pontianak.",
        ],
        published="2024-09-06T11:30:00+07:00", event="2024-09-05",
        units=["Polsek Sungai Raya", "Polres Kubu Raya"],
        persons=[("Ahmad Sukri", "AKP", "Kapolsek Sungai Raya"), ("Rizky Pratama", "Iptu", "Kanit Reskrim")],
        source="Humas Polres Kubu Raya", labels=["Narkoba", "Kubu Raya"],
    ),
    Article(
        id="pandeglang-pantai", title="Libur Panjang, Polres Pandeglang Siagakan Personel di Pantai Carita",
        place="Pandeglang",
        paras=[
            "Polres Pandeglang Polda Banten menyiagakan puluhan personel di sepanjang kawasan wisata Pantai Carita dan "
            "Labuan untuk mengantisipasi lonjakan wisatawan selama libur panjang, Sabtu (14/9/2024).",
            "Kabag Ops Polres Pandeglang Kompol Agus Suryana mengatakan, personel ditempatkan di pos pengamanan, "
            "titik rawan kemacetan serta bibir pantai bersama tim SAR dan Balawista.",
            "“Kami imbau pengunjung tidak berenang melewati batas aman yang sudah ditandai dan selalu mengawasi "
            "anak-anak saat bermain air,” ujar Agus.",
            "Selain itu, Satlantas Polres Pandeglang juga memberlakukan rekayasa lalu lintas satu arah secara situasional "
            "apabila terjadi kepadatan kendaraan di jalur menuju kawasan wisata.",
        ],
        published="2024-09-14T12:15:00+07:00", event="2024-09-14",
        units=["Polres Pandeglang", "Polda Banten"],
        persons=[("Agus Suryana", "Kompol", "Kabag Ops Polres Pandeglang")],
        source="Humas Polres Pandeglang", labels=["Banten", "Wisata"],
    ),
    Article(
        id="kukar-banjir", title="Personel Polres Kukar Bantu Evakuasi Warga Terdampak Banjir di Tenggarong Seberang",
        place="Tenggarong",
        paras=[
            "Personel Polres Kutai Kartanegara bersama BPBD dan relawan membantu mengevakuasi warga yang rumahnya "
            "terendam banjir di Desa Bukit Raya, Kecamatan Tenggarong Seberang, Senin (4/3/2024).",
            "Kasi Humas Polres Kukar AKP Rahmat Hidayat mengatakan, banjir terjadi akibat hujan deras yang mengguyur "
            "sejak Minggu malam sehingga sungai di sekitar permukiman meluap.",
            "“Sebanyak 46 kepala keluarga terdampak. Warga lanjut usia dan anak-anak kami prioritaskan untuk "
            "dievakuasi ke posko yang didirikan di balai desa,” jelas Rahmat.",
            "Polres Kukar juga mendirikan dapur umum untuk memenuhi kebutuhan makan para pengungsi bersama Bhayangkari "
            "Cabang Kukar.",
        ],
        published="2024-03-04T19:50:00+08:00", event="2024-03-04", tz="+08:00",
        units=["Polres Kukar", "Si Humas Polres Kukar"],
        persons=[("Rahmat Hidayat", "AKP", "Kasi Humas Polres Kukar")],
        source="Humas Polres Kukar", labels=["Kaltim", "Bencana"],
    ),
    Article(
        id="poso-satgas", title="Satgas Madago Raya Gelar Bakti Sosial dan Pengobatan Gratis di Poso Pesisir",
        place="Poso",
        paras=[
            "Satuan Tugas Operasi Madago Raya menggelar bakti sosial berupa pengobatan gratis dan pembagian sembako "
            "bagi warga Desa Tangkura, Kecamatan Poso Pesisir Selatan, Kabupaten Poso, Rabu (17/4/2024).",
            "Kegiatan tersebut dipimpin Kasatgas Humas Operasi Madago Raya AKBP Basirun Laele bersama personel Polres "
            "Poso dan tenaga kesehatan dari Biddokkes Polda Sulteng.",
            "“Kehadiran Satgas bukan hanya untuk penegakan hukum, tetapi juga membantu masyarakat. Kami ingin warga "
            "merasa aman dan terlayani,” kata Basirun.",
            "Sebanyak 215 warga memeriksakan kesehatannya dalam kegiatan itu. Keluhan yang paling banyak ditemukan "
            "adalah hipertensi, asam urat dan infeksi saluran pernapasan.",
            "Selain pengobatan, Satgas juga menyerahkan 150 paket sembako serta perlengkapan sekolah untuk anak-anak "
            "di desa tersebut.",
            "Kapolres Poso AKBP Arthur Sameaputty, S.I.K. berharap kegiatan serupa dapat memperkuat kepercayaan dan "
            "kedekatan masyarakat dengan aparat keamanan di wilayah Poso.",
        ],
        published="2024-04-17T16:30:00+08:00", event="2024-04-17", tz="+08:00",
        units=["Polres Poso", "Polda Sulteng"],
        persons=[("Basirun Laele", "AKBP", "Kasatgas Humas Operasi Madago Raya"),
                 ("Arthur Sameaputty", "AKBP", "Kapolres Poso")],
        source="Humas Polres Poso", labels=["Sulteng", "Bakti Sosial"],
    ),
    Article(
        id="malang-tertib", title="Satlantas Polres Malang Tindak Ratusan Kendaraan Berknalpot Brong", place="Malang",
        paras=[
            "Satlantas Polres Malang menindak sedikitnya 312 kendaraan bermotor yang menggunakan knalpot tidak standar "
            "atau brong dalam razia yang digelar selama sepekan terakhir di wilayah Kabupaten Malang.",
            "Kasat Lantas Polres Malang AKP Adis Dani Garta, S.I.K. mengatakan razia digelar menindaklanjuti banyaknya "
            "keluhan masyarakat melalui layanan pengaduan. Puncaknya, petugas menggelar razia gabungan di Kepanjen pada "
            "Sabtu (20/1/2024) malam.",
            "“Knalpot brong yang kami amankan akan dimusnahkan. Pemilik kendaraan wajib memasang kembali knalpot "
            "standar sebelum kendaraan bisa diambil,” tegas Adis.",
            "Ia juga mengingatkan para pemilik bengkel untuk tidak lagi menjual maupun memasang knalpot brong karena "
            "melanggar Pasal 285 Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan.",
        ],
        published="2024-01-22T08:00:00+07:00", event="2024-01-20",
        units=["Polres Malang"],
        persons=[("Adis Dani Garta", "AKP", "Kasat Lantas Polres Malang")],
        source="Humas Polres Malang", labels=["Jatim", "Lalu Lintas"],
    ),
]

BY_ID = {a.id: a for a in ARTICLES + HOLDOUT}
assert len(BY_ID) == len(ARTICLES) + len(HOLDOUT), "duplicate article ids"
