"""A judged corpus for search quality: generated police releases whose topic, unit and officer mentions are known.

Each release is written from one topic's sentence variants with the wording drawn at random -- the verb form
(``menangkap`` / ``ditangkap`` / ``penangkapan`` / ``mengamankan``), the abbreviation or its spelled-out form
(``curanmor`` / ``pencurian sepeda motor``), the unit (``Polres Ketapang`` / ``Kepolisian Resor Ketapang``), the
Polda (``Polda Kalbar`` / ``Polda Kalimantan Barat`` / ``Kepolisian Daerah Kalimantan Barat``) and the head's
rank (``AKBP`` / ``Ajun Komisaris Besar Polisi``) -- as real releases vary.  The ground truth of every release
(its topic, unit, Polda, whether its head and the crime scene are named) is recorded by the generator, never read
back from a search, and the judged queries (queries.py) are predicates over it.  Units, places and officer names
come from the demo vocabulary (humascrawl.demo.vocab); patrol and social releases are the topical distractors
(a patrol warns of ``pencurian kendaraan bermotor`` without being about one).
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field

from humascrawl.demo.vocab import FIRST, LAST, POLDA, UNITS, VILLAGES, unit_place

SEED = 14
DEFAULT_SIZE = 600

# Topic -> (phrases naming the crime or event, title templates, lead templates, body templates).
# {X} is one of the topic's phrases; {V} a verb form of the arrest; the other slots are filled below.
ARREST = ["menangkap", "mengamankan", "meringkus", "membekuk"]
ARRESTED = ["ditangkap", "diamankan", "diringkus", "dibekuk", "berhasil ditangkap"]
ARREST_NOUN = ["penangkapan", "pengamanan", "pengungkapan"]

TOPICS: dict[str, dict] = {
    "narkoba": dict(
        x=["sabu", "sabu-sabu", "narkotika jenis sabu", "narkoba jenis sabu", "shabu"],
        titles=["{U} Tangkap Pengedar {Xt} di {desa}", "Pengedar {Xt} Ditangkap di {kec}",
                "{Nt} Kurir Narkotika, {n} Gram Sabu Disita {U}", "Bawa {Xt}, Warga {desa} Diamankan Polisi",
                "Satresnarkoba {U} Ringkus Pemuda Pemilik {Xt}"],
        leads=["Satuan Reserse Narkoba {U} {V} seorang pria berinisial {ini} yang kedapatan membawa {X} "
               "di Desa {desa}.",
               "Seorang pengedar {X} berinisial {ini} {VP} petugas di Kecamatan {kec}.",
               "{Nc} terhadap pengedar {X} dilakukan petugas {U} di sebuah rumah di Desa {desa}."],
        body=["Dari tangan tersangka petugas menyita {n} paket {X} seberat {g} gram beserta timbangan digital.",
              "Tersangka mengaku mendapatkan barang haram tersebut dari seseorang yang kini masih diburu petugas.",
              "Tersangka dijerat Pasal 114 ayat (1) Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika."]),
    "curanmor": dict(
        x=["curanmor", "pencurian sepeda motor", "pencurian kendaraan bermotor", "curanmor"],
        titles=["{U} Tangkap Pelaku {Xt} di {kec}", "Pelaku {Xt} Ditangkap Usai Beraksi di {desa}",
                "Komplotan Maling Motor Dibekuk {U}", "Spesialis {Xt} Lintas Kecamatan Diringkus"],
        leads=["Satreskrim {U} {V} dua pelaku {X} yang beraksi di Desa {desa}, Kecamatan {kec}.",
               "Pelaku {X} berinisial {ini} {VP} tidak lama setelah mencuri sepeda motor milik warga {desa}.",
               "{Nc} pelaku {X} bermula dari laporan korban yang kehilangan sepeda motor di depan rumahnya."],
        body=["Dari tangan pelaku petugas menyita {n} unit sepeda motor hasil curian beserta kunci letter T.",
              "Pelaku mengaku telah mencuri sepeda motor di {n} lokasi berbeda dalam sebulan terakhir.",
              "Pelaku dijerat Pasal 363 KUHP dengan ancaman hukuman tujuh tahun penjara."]),
    "curas": dict(
        x=["curas", "pencurian dengan kekerasan", "curas"],
        titles=["Pelaku {Xt} di {kec} Ditangkap", "{U} Ungkap Kasus {Xt} terhadap Pedagang",
                "Rampas Tas Warga dengan Kekerasan, Dua Pemuda Diringkus"],
        leads=["Tim Resmob {U} {V} dua pelaku {X} yang merampas tas milik seorang pedagang di Desa {desa}.",
               "Dua pelaku {X} berinisial {ini} dan {ini2} {VP} setelah melukai korbannya di Kecamatan {kec}.",
               "{Nc} pelaku {X} dilakukan setelah korban melapor ke {U}."],
        body=["Pelaku mengancam korban dengan senjata sebelum merampas telepon genggam dan uang tunai.",
              "Korban mengalami luka memar dan telah mendapatkan perawatan di puskesmas terdekat.",
              "Pelaku dijerat Pasal 365 KUHP tentang pencurian dengan kekerasan."]),
    "curat": dict(
        x=["curat", "pencurian dengan pemberatan", "curat"],
        titles=["Pelaku {Xt} Rumah Kosong di {desa} Ditangkap", "{U} Ringkus Pembobol Toko di {kec}",
                "Bobol Rumah Warga, Residivis Kasus {Xt} Diamankan"],
        leads=["Unit Reskrim {U} {V} pelaku {X} yang membobol rumah kosong di Desa {desa}.",
               "Pelaku {X} berinisial {ini} {VP} setelah membobol sebuah toko di Kecamatan {kec}.",
               "{Nc} pelaku {X} bermula dari rekaman kamera pengawas di toko korban."],
        body=["Pelaku masuk dengan merusak jendela lalu mengambil perhiasan dan telepon genggam.",
              "Kerugian korban ditaksir mencapai {n} juta rupiah.",
              "Pelaku dijerat Pasal 363 KUHP tentang pencurian dengan pemberatan."]),
    "laka": dict(
        x=["kecelakaan lalu lintas", "laka lantas", "lakalantas", "kecelakaan lalu lintas"],
        titles=["{Xt} di Jalan Lintas {P}, {n} Orang Luka", "Satlantas {U} Tangani {Xt} di {kec}",
                "Truk dan Sepeda Motor Bertabrakan di {desa}"],
        leads=["Sebuah {X} melibatkan truk dan sepeda motor terjadi di jalan poros Desa {desa}, Kecamatan {kec}.",
               "Satuan Lalu Lintas {U} menangani {X} yang menyebabkan {n} orang luka-luka di {kec}.",
               "Petugas Satlantas {U} mendatangi lokasi {X} di Desa {desa} tidak lama setelah kejadian."],
        body=["Pengendara sepeda motor mengalami luka berat dan dilarikan ke rumah sakit umum daerah.",
              "Diduga pengemudi truk kurang berhati-hati saat mendahului kendaraan lain.",
              "Petugas mengimbau pengendara selalu mematuhi rambu dan tidak melebihi batas kecepatan."]),
    "karhutla": dict(
        x=["karhutla", "kebakaran hutan dan lahan", "kebakaran lahan", "karhutla"],
        titles=["{U} Padamkan {Xt} di {desa}", "Cegah {Xt}, {U} Patroli ke Titik Api",
                "{n} Hektare Lahan Terbakar di {kec}"],
        leads=["Personel {U} bersama Manggala Agni memadamkan {X} seluas {n} hektare di Desa {desa}.",
               "Guna mencegah {X}, {U} menggelar patroli ke sejumlah titik panas di Kecamatan {kec}.",
               "Petugas gabungan {U} berjibaku memadamkan {X} yang terjadi di wilayah {kec}."],
        body=["Api diduga berasal dari warga yang membakar lahan untuk membuka kebun.",
              "Petugas menggunakan mesin pompa air dan menyisir lokasi agar api tidak kembali menyala.",
              "Masyarakat diimbau tidak membuka lahan dengan cara membakar karena ada sanksi pidananya."]),
    "miras": dict(
        x=["miras", "minuman keras", "minuman beralkohol", "miras"],
        titles=["Razia {Xt}, {U} Sita {n} Botol", "Ratusan Botol {Xt} Dimusnahkan {U}",
                "Jual {Xt} Tanpa Izin, Pemilik Warung di {desa} Diamankan"],
        leads=["Personel {U} menggelar razia {X} di sejumlah warung di Kecamatan {kec}.",
               "{U} memusnahkan ratusan botol {X} hasil operasi pekat di halaman Mapolres.",
               "Seorang pemilik warung di Desa {desa} {VP} karena menjual {X} tanpa izin."],
        body=["Dari razia tersebut petugas menyita {n} botol {X} berbagai merek.",
              "Peredaran {X} dinilai menjadi pemicu tindak kriminalitas dan gangguan kamtibmas.",
              "Pemilik warung dibina dan diminta membuat surat pernyataan."]),
    "sajam": dict(
        x=["sajam", "senjata tajam", "sajam"],
        titles=["Bawa {Xt}, Pemuda di {kec} Diamankan", "Razia {Xt} di Tempat Hiburan Malam {P}",
                "{U} Sita {n} {Xt} dari Remaja yang Hendak Tawuran"],
        leads=["Personel {U} mengamankan seorang pemuda yang kedapatan membawa {X} di Desa {desa}.",
               "Razia {X} digelar {U} di sejumlah tempat hiburan malam di Kecamatan {kec}.",
               "Sejumlah remaja yang membawa {X} {VP} saat hendak tawuran di {kec}."],
        body=["Dari tangan pemuda tersebut petugas menyita sebilah parang dan celurit.",
              "Pembawa {X} dapat dijerat Undang-Undang Darurat Nomor 12 Tahun 1951.",
              "Orang tua para remaja dipanggil untuk diberikan pembinaan."]),
    "judi": dict(
        x=["judi online", "judol", "perjudian online", "judi daring"],
        titles=["{U} Tangkap Admin {Xt} di {kec}", "Pemain {Xt} di {desa} Diamankan",
                "Berantas {Xt}, {U} Amankan {n} Orang"],
        leads=["Satreskrim {U} {V} seorang admin situs {X} di Kecamatan {kec}.",
               "Tiga pemain {X} {VP} petugas {U} di sebuah warung kopi di Desa {desa}.",
               "{Nc} pelaku {X} berawal dari patroli siber yang dilakukan {U}."],
        body=["Dari tangan pelaku petugas menyita telepon genggam dan buku rekening.",
              "Pelaku mengaku meraup keuntungan jutaan rupiah setiap bulan dari {X}.",
              "Pelaku dijerat Pasal 27 ayat (2) UU ITE dan Pasal 303 KUHP tentang perjudian."]),
    "dpo": dict(
        x=["DPO", "daftar pencarian orang", "buronan", "DPO"],
        titles=["Buron Setahun, {Xt} Kasus Penipuan Ditangkap di {kec}", "{U} Tangkap {Xt} Pelaku Pencurian",
                "Pelarian {Xt} Berakhir di {desa}"],
        leads=["Tim {U} {V} seorang pria yang masuk {X} kasus penipuan di Kecamatan {kec}.",
               "Setelah setahun menjadi {X}, pria berinisial {ini} {VP} di tempat persembunyiannya di Desa {desa}.",
               "{Nc} {X} tersebut berkat informasi dari masyarakat."],
        body=["Tersangka melarikan diri setelah menipu korbannya hingga puluhan juta rupiah.",
              "Petugas masih memburu satu pelaku lain yang juga berstatus {X}.",
              "Tersangka kini ditahan di rutan {U} untuk proses hukum lebih lanjut."]),
    "aniaya": dict(
        x=["penganiayaan", "penganiayaan", "pengeroyokan"],
        titles=["Pelaku {Xt} di {desa} Ditangkap", "Aniaya Tetangga, Pria di {kec} Diamankan",
                "{U} Ungkap Kasus {Xt} terhadap Remaja"],
        leads=["Satreskrim {U} {V} pelaku {X} terhadap seorang warga Desa {desa}.",
               "Pria berinisial {ini} yang menganiaya tetangganya {VP} di Kecamatan {kec}.",
               "Korban {X} melapor ke {U} setelah dianiaya di Desa {desa}."],
        body=["Korban mengalami luka di bagian kepala akibat dipukul dengan kayu.",
              "Pelaku menganiaya korban karena tersinggung saat terjadi cekcok.",
              "Pelaku dijerat Pasal 351 KUHP tentang penganiayaan."]),
    "patroli": dict(
        x=["patroli", "patroli malam", "patroli dialogis"],
        titles=["{U} Intensifkan {Xt} di {kec}", "{Xt} {U} Sasar Permukiman Warga {desa}",
                "Jaga Kamtibmas, Personel {U} Gelar {Xt}"],
        leads=["Personel Sat Samapta {U} menggelar {X} di wilayah Desa {desa}, Kecamatan {kec}.",
               "Guna menjaga kamtibmas, {U} melaksanakan {X} di sejumlah titik rawan."],
        body=["Petugas mengimbau warga mewaspadai aksi pencurian kendaraan bermotor dan selalu memakai kunci ganda.",
              "Patroli juga menyasar lokasi yang kerap dijadikan tempat pesta minuman keras oleh remaja.",
              "Petugas berdialog dengan warga dan pedagang tentang situasi keamanan di lingkungan mereka."]),
    "baksos": dict(
        x=["bakti sosial", "baksos", "bakti sosial"],
        titles=["{U} Gelar {Xt} di {desa}", "{Xt} {U}, {n} Paket Sembako Dibagikan",
                "Peduli Sesama, {U} Gelar {Xt} di {kec}"],
        leads=["{U} menggelar {X} dengan membagikan {n} paket sembako kepada warga Desa {desa}.",
               "Dalam rangka Hari Bhayangkara, {U} melaksanakan {X} di Kecamatan {kec}."],
        body=["Paket sembako berisi beras, minyak goreng dan gula pasir.",
              "Warga mengapresiasi kepedulian polisi terhadap masyarakat kurang mampu.",
              "Kegiatan juga diisi pemeriksaan kesehatan gratis oleh tim kesehatan polres."]),
}

_KALBAR = [u for u in UNITS if u[0] == "Kalbar"]
CRIMES = {"narkoba", "curanmor", "curas", "curat", "judi", "dpo", "aniaya"}


@dataclass
class Release:
    number: int
    topic: str
    polda: str            # abbreviation ("Kalbar")
    unit: str             # "Polres Ketapang"
    title: str
    text: str
    head_named: bool      # the unit's head is named (by title and rank)
    scene_named: bool     # the crime scene (TKP) is mentioned
    units: list[str] = field(default_factory=list)

    @property
    def place(self) -> str:
        return unit_place(self.unit)


def _unit_name(rng: random.Random, unit: str) -> str:
    kind, place = unit.split(" ", 1)
    spelled = {"Polres": "Kepolisian Resor", "Polresta": "Kepolisian Resor Kota",
               "Polrestabes": "Kepolisian Resor Kota Besar"}[kind]
    return unit if rng.random() < 0.7 else f"{spelled} {place}"


def _polda_name(rng: random.Random, abbr: str) -> str:
    full = POLDA[abbr][0]                               # "Polda Kalimantan Barat"
    province = full.split(" ", 1)[1]
    return rng.choice([f"Polda {abbr}", f"Polda {abbr}", full, f"Kepolisian Daerah {province}"])


def _head(rng: random.Random, unit: str) -> str:
    kind, place = unit.split(" ", 1)
    h = zlib.crc32(unit.encode())
    name = f"{FIRST[h % len(FIRST)]} {LAST[(h >> 8) % len(LAST)]}"
    if kind == "Polres":
        title = rng.choice([f"Kapolres {place}", f"Kapolres {place}", f"Kepala Kepolisian Resor {place}"])
        rank = rng.choice(["AKBP", "AKBP", "Ajun Komisaris Besar Polisi"])
    else:
        title = rng.choice([f"Ka{kind.lower()} {place}", f"Kepala Kepolisian Resor Kota {place}"])
        rank = rng.choice(["Kombes Pol", "Komisaris Besar Polisi"])
    return f"{title} {rank} {name}"


def _initials(rng: random.Random) -> str:
    return rng.choice("ABDEFHIJKMNRSTWY") + rng.choice("ABDEFHIJKMNRSTWY")


def make_release(number: int, rng: random.Random) -> Release:
    topic = rng.choice(list(TOPICS))
    spec = TOPICS[topic]
    # Half the releases from one Polda, as an archive focused on a province is (the demo's focus is Kalbar).
    polda, unit = rng.choice(_KALBAR if rng.random() < 0.5 else UNITS)
    U = _unit_name(rng, unit)
    x = rng.choice(spec["x"])
    slots = dict(U=U, P=unit_place(unit), X=x, Xt=x.title() if x.islower() else x, V=rng.choice(ARREST),
                 VP=rng.choice(ARRESTED), Nc=rng.choice(ARREST_NOUN).capitalize(),
                 Nt=rng.choice(ARREST_NOUN).title(), desa=rng.choice(VILLAGES), kec=rng.choice(VILLAGES),
                 n=str(rng.randint(2, 40)), g=f"{rng.randint(1, 90)},{rng.randint(1, 9)}",
                 ini=_initials(rng), ini2=_initials(rng))
    title = rng.choice(spec["titles"]).format(**slots)
    paragraphs = [rng.choice(spec["leads"]).format(**slots)]
    paragraphs += [b.format(**slots) for b in rng.sample(spec["body"], rng.randint(1, len(spec["body"])))]
    head_named = rng.random() < 0.6
    scene_named = topic in CRIMES | {"laka"} and rng.random() < 0.5
    if scene_named:
        scene = rng.choice(["TKP", "tempat kejadian perkara (TKP)", "tempat kejadian perkara"])
        paragraphs.insert(1, f"Petugas langsung mendatangi {scene} dan meminta keterangan sejumlah saksi.")
    speaker = _head(rng, unit) if head_named else "Kasi Humas " + unit
    paragraphs.append(f"Hal itu disampaikan {speaker} kepada wartawan. Ia menegaskan jajaran "
                      f"{_polda_name(rng, polda)} akan terus menindak setiap gangguan kamtibmas.")
    return Release(number, topic, polda, unit, title, "\n".join(paragraphs), head_named, scene_named,
                   units=[unit, f"Polda {polda}"])


def make_corpus(size: int = DEFAULT_SIZE, seed: int = SEED) -> list[Release]:
    rng = random.Random(seed)
    return [make_release(number, rng) for number in range(size)]
