"""Generate a large synthetic archive for benchmarks: N articles of Indonesian police-PR news, fast.

    python bench/make_archive.py --db sqlite:////tmp/bench1m.sqlite3 --articles 1000000
    python bench/make_archive.py --db postgresql+psycopg://postgres@127.0.0.1/bench --articles 100000

The archive is created by the real migrations, then rows go straight into ``sources`` and ``articles`` with
bulk inserts (SQLite ``executemany``, PostgreSQL ``COPY``); the database's own triggers fill the search index
and the facet table as they would for the crawler.  What it looks like:

* ~40 outlets (one source each) over the Poldas of :mod:`humascrawl.demo.vocab`, each carrying that region's
  Polres; publication dates spread over 3 years (2023-2025) in the outlet's zone, ids NOT in date order;
* text: a dateline lead naming the unit and its head, then 120-450 words drawn with Zipf-like frequencies from a
  vocabulary of ~400 real news and police words plus a long tail of ~25,000 rarer word forms;
* units (Polres, Polda, sometimes Bidhumas), persons with ranks (a pool of ~3,000 officers), 1-3 labels;
* releases syndicated to 2-6 outlets (~20 % of releases) share ``cluster`` (the first copy's id) and text.

Not generated: raw pages (``raw_page_id`` NULL unless --raw-pages), versions, aliases, MinHash signatures.
The same --seed gives the same archive.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from humascrawl.demo.vocab import FIRST, LAST, POLDA, UNITS, VILLAGES, ZONES  # noqa: E402
from humascrawl.storage.archive import Archive  # noqa: E402

COMMON = """yang dan di ke dari dengan untuk dalam ini itu pada tersebut akan juga oleh para adalah tidak telah
sebagai kepada bahwa agar dapat serta karena saat bagi setelah hingga secara atas terhadap masih sudah lebih
ada satu dua tiga kami kita mereka ia beliau hari tahun bulan minggu pukul wib sekitar lokasi kegiatan warga
masyarakat pihak kami jajaran seluruh setiap antara melalui sejumlah berbagai tetap terus selalu sangat baik
bersama sekaligus kemudian namun sementara yakni yaitu maupun demi guna tanpa menurut mengatakan menjelaskan
menyampaikan mengungkapkan menambahkan berharap mengimbau meminta memberikan melakukan melaksanakan dilakukan
dilaksanakan diberikan kegiatan program upaya rangka wilayah hukum daerah kabupaten kota kecamatan desa kelurahan
jalan pagi siang sore malam senin selasa rabu kamis jumat sabtu""".split()
POLICE = """polres polda polsek polri kapolres kapolda kapolsek wakapolres kasat kasi humas bidhumas personel anggota
petugas polisi kepolisian pengamanan patroli razia operasi penertiban penyelidikan penyidikan tersangka pelaku
korban saksi barang bukti narkoba sabu ganja pil ekstasi gram paket penangkapan ditangkap diamankan ditahan
diringkus pencurian curanmor curas penganiayaan pembunuhan penipuan penggelapan perjudian judi online miras
minuman keras premanisme tawuran kecelakaan lalu lintas satlantas pengendara kendaraan sepeda motor mobil truk
helm sim stnk tilang ketupat lilin mudik arus balik pos pelayanan terpadu bhabinkamtibmas sambang silaturahmi
jumat curhat kamtibmas kondusif aman tertib situasi keamanan ketertiban pemilu pilkada tps logistik kampanye
bawaslu kpu netralitas bhayangkara hut upacara apel pasukan gelar penghargaan kenaikan pangkat mutasi sertijab
vaksinasi bakti sosial sembako bantuan banjir bencana kebakaran hutan lahan karhutla pemadaman evakuasi sar
tenggelam pencarian reskrim satreskrim satresnarkoba sabhara samapta propam provos intelkam binmas polairud
dokkes laboratorium forensik kejaksaan pengadilan sidang vonis pasal undang ancaman hukuman penjara denda
pidana laporan pengaduan masyarakat kerugian juta rupiah miliar tersangkanya diduga berdasarkan keterangan
informasi tim gabungan tni kodim koramil babinsa pemda forkopimda bupati wali camat kades tokoh agama adat
pemuda pelajar mahasiswa sekolah masjid gereja pasar pelabuhan bandara terminal perbatasan sungai""".split()
SYLLABLES = ("ba be bi bo bu da de di do du ga gi gu ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu "
             "pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu wa wi ya ja ju ca ci ha hi "
             "ng ngan nya kan an in un ar ir ur al il am em ang ung ing").split()
LABELS = ["Berita", "Daerah", "Hukum", "Kriminal", "Peristiwa", "Humas Polri", "Kamtibmas", "Lalu Lintas",
          "Narkoba", "Polri Presisi", "Bhabinkamtibmas", "Sosial", "Pemilu", "Bencana", "Pendidikan",
          "Kesehatan", "Olahraga", "Religi", "Ekonomi", "Politik", "Nasional", "Regional", "Headline",
          "Pilihan Redaksi", "Terkini", "Utama", "Jumat Curhat", "Operasi Ketupat", "Karhutla", "Bakti Sosial"]
SITE_WORDS = ["kalimantan", "borneo", "khatulistiwa", "nusantara", "sinar", "suara", "warta", "kabar", "berita",
              "info", "lensa", "detak", "jurnal", "pena", "cakra", "garuda", "merah", "putih", "rakyat", "daerah"]
SITE_ENDS = ["post.online", "news.com", "today.id", "pos.co.id", "times.com", "terkini.id", "satu.com",
             "media.net", "online.id", "24.com"]
RANKS = ["AKBP", "Kompol", "AKP", "Iptu", "Ipda", "Aiptu", "Aipda", "Bripka", "Brigpol", "Kombes Pol"]
START = datetime(2023, 1, 1)
DAYS = 3 * 365


def vocabulary(rng: np.random.Generator, tail: int = 25000) -> tuple[np.ndarray, np.ndarray]:
    """Words ranked by frequency and their Zipf-like probabilities (p ∝ 1 / (rank + 2.7) ** 1.07)."""
    places = sorted({w.lower() for _, unit in UNITS for w in unit.split()[1:]} |
                    {w.lower() for v in VILLAGES for w in v.split()})
    words = list(dict.fromkeys(COMMON + POLICE + places))
    seen = set(words)
    while len(words) < len(COMMON) + len(POLICE) + len(places) + tail:
        word = "".join(rng.choice(SYLLABLES, size=int(rng.integers(2, 5))))
        if word not in seen:
            seen.add(word)
            words.append(word)
    ranks = np.arange(len(words), dtype=np.float64)
    weights = 1.0 / (ranks + 2.7) ** 1.07
    return np.array(words, dtype=object), weights / weights.sum()


def make_sites(rng: np.random.Generator, n: int = 40) -> list[dict]:
    poldas = list(POLDA)
    sites, seen = [], set()
    while len(sites) < n:
        host = f"{rng.choice(SITE_WORDS)}{rng.choice(SITE_ENDS)}"
        if host in seen:
            continue
        seen.add(host)
        polda = poldas[len(sites) % len(poldas)]
        units = [u for p, u in UNITS if p == polda] or [u for _, u in UNITS]
        sites.append({"host": host, "name": host.split(".")[0].capitalize() + ".com", "polda": polda,
                      "zone": POLDA[polda][2], "units": units, "source": host.split(".")[0] + str(len(sites))})
    return sites


def make_people(rng: np.random.Generator, n: int = 3000) -> list[tuple[str, str]]:
    return [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", str(rng.choice(RANKS))) for _ in range(n)]


class Generator:
    def __init__(self, seed: int):
        self.rng = np.random.default_rng(seed)
        self.words, self.p = vocabulary(self.rng)
        self.cdf = np.cumsum(self.p)
        self.sites = make_sites(self.rng)
        self.people = make_people(self.rng)
        title_pool = [w for w in POLICE if len(w) > 3]
        self.title_words = np.array(title_pool, dtype=object)

    def draw_words(self, n: int) -> np.ndarray:
        return self.words[np.searchsorted(self.cdf, self.rng.random(n) * self.cdf[-1])]

    def releases(self, first_id: int, count: int):
        """Yield article tuples with ids first_id.. (releases with 1-6 copies), ``count`` articles in all."""
        rng = self.rng
        next_id = first_id
        end = first_id + count
        while next_id < end:
            copies = 1 if rng.random() < 0.8 else int(rng.integers(2, 7))
            copies = min(copies, end - next_id)
            home = self.sites[int(rng.integers(len(self.sites)))]
            unit = str(rng.choice(home["units"]))
            place = unit.split(" ", 1)[1]
            head_name, head_rank = self.people[int(rng.integers(len(self.people)))]
            others = [self.people[int(i)] for i in rng.integers(len(self.people), size=int(rng.integers(0, 3)))]
            n_words = int(rng.integers(120, 450))
            body = self.draw_words(n_words)
            cuts = sorted(set(int(c) for c in rng.integers(20, n_words - 10, size=max(1, n_words // 80))))
            paragraphs, last = [], 0
            for cut in [*cuts, n_words]:
                if cut > last:
                    paragraphs.append(" ".join(body[last:cut]).capitalize() + ".")
                    last = cut
            title = " ".join(self.title_words[rng.integers(len(self.title_words), size=int(rng.integers(4, 9)))])
            title = f"{title.capitalize()} di {place}"
            day = int(rng.integers(DAYS))
            minute = int(rng.integers(6 * 60, 22 * 60))
            labels = sorted({str(x) for x in rng.choice(LABELS, size=int(rng.integers(1, 4)))})
            units = [unit, f"Polda {home['polda']}"] + ([f"Bidhumas Polda {home['polda']}"] if rng.random() < 0.3 else [])
            persons = [{"name": head_name, "rank": head_rank, "position": f"Ka{unit.split()[0].lower()} {place}"}] + \
                      [{"name": n, "rank": r, "position": None} for n, r in others]
            outlets = [home] + [self.sites[int(i)] for i in rng.choice(len(self.sites), size=copies - 1, replace=False)]
            cluster = next_id if copies > 1 else None
            for k, site in enumerate(outlets):
                lead = (f"{place.upper()}, {site['name']} - Ka{unit.split()[0].lower()} {unit.split(' ', 1)[1]} "
                        f"{head_rank} {head_name} menyampaikan keterangan kepada awak media.")
                text = "\n\n".join([lead, *paragraphs])
                published = START + timedelta(days=day + (k and int(rng.integers(0, 3))), minutes=minute + 7 * k)
                yield self.row(next_id, site, title, text, published, labels, units, persons, cluster, unit)
                next_id += 1

    def row(self, article_id, site, title, text, published, labels, units, persons, cluster, unit) -> dict:
        zone = ZONES[site["zone"]]
        local = published.replace(tzinfo=zone)
        slug = "-".join(title.lower().split()[:8])
        url = f"https://www.{site['host']}/{local:%Y/%m}/{slug}-{article_id}.html"
        return {
            "id": article_id, "source": site["source"], "url": url, "canonical_url": url.replace("://www.", "://"),
            "site": site["host"], "site_name": site["name"], "title": title,
            "published": local.isoformat(), "published_utc": local.astimezone(timezone.utc),
            "author": None, "editor": None, "source_credit": f"Humas {unit}", "dateline": unit.split(" ", 1)[1],
            "text": text, "labels": labels, "units": units, "persons": persons, "language": "id",
            "content_hash": hashlib.sha256(text.encode()).hexdigest(), "cluster": cluster,
        }


COLUMNS = ("id", "source_id", "url", "canonical_url", "site", "site_name", "title", "published", "published_utc",
           "author", "editor", "source_credit", "dateline", "text", "labels", "units", "persons", "language",
           "content_hash", "cluster", "version", "fetched_via", "extractor_version", "raw_page_id", "first_seen",
           "last_seen")


def to_values(row: dict, source_ids: dict[str, int], now, raw_page_id, sqlite: bool) -> tuple:
    def stamp(value: datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else value

    return (row["id"], source_ids[row["source"]], row["url"], row["canonical_url"], row["site"], row["site_name"],
            row["title"], row["published"], stamp(row["published_utc"]), row["author"], row["editor"],
            row["source_credit"], row["dateline"], row["text"], json.dumps(row["labels"], ensure_ascii=False),
            json.dumps(row["units"], ensure_ascii=False), json.dumps(row["persons"], ensure_ascii=False),
            row["language"], row["content_hash"], row["cluster"], 1, "page", "bench", raw_page_id,
            stamp(now), stamp(now))


def build(db_url: str, n: int, seed: int, batch: int, raw_pages: bool, optimize: bool) -> None:
    archive = Archive.open(db_url)
    engine = archive.engine
    sqlite = engine.dialect.name == "sqlite"
    gen = Generator(seed)
    now = datetime.now(timezone.utc)
    with engine.begin() as conn:
        if conn.exec_driver_sql("SELECT count(*) FROM articles").scalar():
            raise SystemExit(f"{db_url} already has articles; give a new database")
        for site in gen.sites:
            conn.exec_driver_sql(
                "INSERT INTO sources (name, url, platform, config, created_at, updated_at) VALUES (%s, %s, %s, %s, %s, %s)"
                .replace("%s", "?" if sqlite else "%s"),
                (site["source"], f"https://www.{site['host']}/", "blogger", "{}", now, now))
        source_ids = dict(conn.exec_driver_sql("SELECT name, id FROM sources").all())
    placeholders = ", ".join("?" if sqlite else "%s" for _ in COLUMNS)
    insert = f"INSERT INTO articles ({', '.join(COLUMNS)}) VALUES ({placeholders})"
    started = time.perf_counter()
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        if sqlite:
            cursor.execute("PRAGMA synchronous=OFF")
            cursor.execute("PRAGMA cache_size=-400000")
        rows_iter = gen.releases(1, n)
        done = 0
        while done < n:
            chunk = [next(rows_iter) for _ in range(min(batch, n - done))]
            raw_ids = [None] * len(chunk)
            if raw_pages:
                raw_ids = _insert_raw_pages(cursor, chunk, now, sqlite)
            values = [to_values(r, source_ids, now, raw_id, sqlite) for r, raw_id in zip(chunk, raw_ids)]
            if sqlite:
                cursor.executemany(insert, values)
            else:
                with cursor.copy(f"COPY articles ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                    for value in values:
                        copy.write_row(value)
            raw.commit()
            done += len(chunk)
            rate = done / (time.perf_counter() - started)
            print(f"\r{done:,} / {n:,} articles, {rate:,.0f}/s", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
        if not sqlite:
            cursor.execute("SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))")
        if optimize and sqlite:
            # One FTS5 segment, as a periodic `INSERT INTO search_fts(search_fts) VALUES('optimize')` leaves it.
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES('optimize')")
        cursor.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
        archive.close()
    print(f"{n:,} articles in {time.perf_counter() - started:,.0f} s -> {db_url}", file=sys.stderr)


def _insert_raw_pages(cursor, chunk: list[dict], now, sqlite: bool) -> list[int]:
    ids = []
    for row in chunk:
        body = (f"<html><head><title>{row['title']}</title></head><body><article><h1>{row['title']}</h1>"
                + "".join(f"<p>{p}</p>" for p in row["text"].split("\n\n")) + "</article></body></html>").encode()
        params = (row["url"], 200, "{}", "text/html; charset=UTF-8", zlib.compress(body, 1), len(body),
                  hashlib.sha256(body).hexdigest(), "{}", now.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else now)
        sql = ("INSERT INTO raw_pages (url, status, headers, content_type, body, body_size, body_sha256, hints, "
               "fetched_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)")
        if sqlite:
            cursor.execute(sql.replace("%s", "?"), params)
            ids.append(cursor.lastrowid)
        else:
            cursor.execute(sql + " RETURNING id", params)
            ids.append(cursor.fetchone()[0])
    return ids


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="SQLAlchemy URL of a new (empty) archive, e.g. "
                                                    "sqlite:////tmp/bench1m.sqlite3")
    parser.add_argument("--articles", type=int, default=1_000_000, help="how many articles (default 1,000,000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--batch", type=int, default=5000, help="articles per transaction (default 5000)")
    parser.add_argument("--raw-pages", action="store_true", help="also store a small raw HTML page per article")
    parser.add_argument("--no-optimize", dest="optimize", action="store_false",
                        help="leave the FTS5 index in the segments the inserts made (SQLite)")
    args = parser.parse_args(argv)
    build(args.db, args.articles, args.seed, args.batch, args.raw_pages, args.optimize)


if __name__ == "__main__":
    main()
