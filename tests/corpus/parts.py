"""Pieces shared by the corpus page templates: escaping, date formats, datelines, trailers, bodies, widgets.

Every string a template prints that is NOT part of the article (widget titles, other posts' headlines,
comments, captions, share labels) is recorded in ``Ctx.leaks`` so the tests can check that none of it
reaches the extracted text.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html import escape

from articles import Article

DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
ZONE_NAME = {7: "WIB", 8: "WITA", 9: "WIT"}
PACIFIC = timezone(timedelta(hours=-7))
UTC = timezone.utc


def esc(text: str) -> str:
    return escape(text, quote=False)


def attr(text: str) -> str:
    return escape(text, quote=True)


def dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def zone(moment: datetime) -> str:
    return ZONE_NAME[int(moment.utcoffset().total_seconds() // 3600)]


def id_long(m: datetime) -> str:
    return f"{DAYS[m.weekday()]}, {m.day} {MONTHS[m.month - 1]} {m.year}"


def id_date(m: datetime) -> str:
    return f"{m.day} {MONTHS[m.month - 1]} {m.year}"


def id_short(m: datetime) -> str:
    return f"{m.day:02d} {MONTHS_SHORT[m.month - 1]} {m.year}"


def wp_id(m: datetime) -> str:
    return f"{MONTHS[m.month - 1]} {m.day}, {m.year}"


def en_date(m: datetime) -> str:
    return f"{EN_MONTHS[m.month - 1]} {m.day}, {m.year}"


def hhmm(m: datetime, sep: str = ":") -> str:
    return f"{m.hour:02d}{sep}{m.minute:02d}"


def iso(m: datetime) -> str:
    return m.isoformat(timespec="seconds")


def rng_for(key: str) -> random.Random:
    return random.Random(int(hashlib.sha1(key.encode()).hexdigest()[:12], 16))


def slug(title: str, limit: int = 8) -> str:
    words = "".join(c.lower() if c.isalnum() else " " for c in title).split()
    return "-".join(words[:limit])


# ------------------------------------------------------------------ other posts (sidebars, related lists)

OTHER_HEADLINES = [
    "Kapolres Sekadau AKBP Anggi Hendrawan Tinjau Pos Pengamanan Jalur Mudik",
    "Satreskrim Polres Melawi Ringkus Pelaku Pencurian Sawit",
    "Polsek Toho Gelar Sholat Jumat Keliling di Masjid Al Ikhlas",
    "Kapolda Kalteng Irjen Pol Djoko Poerwanto Terima Kunjungan Komisi III DPR RI",
    "Bripka Joni Sitorus, Bhabinkamtibmas Teladan Penggerak Bank Sampah",
    "Polres Landak Musnahkan Knalpot Brong Hasil Razia",
    "Ratusan Pelajar Ikuti Lomba Tertib Lalu Lintas Tingkat SMA",
    "Pemkab dan Polres Sepakati Pengamanan Festival Danau Sentarum",
    "Cuaca Ekstrem, BPBD Imbau Warga Bantaran Sungai Waspada",
    "Gubernur Resmikan Jembatan Penghubung Dua Kecamatan",
    "Polsek Sungai Ambawang Amankan Pemuda Bawa Sajam di Warung Kopi",
    "Kasat Lantas Polres Kubu Raya AKP Hafiz Pimpin Pengaturan Arus Pagi",
    "Harga Cabai Rawit di Pasar Tradisional Mulai Turun",
    "Polres Ketapang Gelar Vaksinasi Rabies untuk Hewan Peliharaan Warga",
    "Tim Voli Polres Sambas Juara Turnamen Bhayangkara Cup",
    "Kapolsek Kendawangan Iptu Bambang Sosialisasikan Bahaya Judi Online",
    "Polwan Polres Sintang Bagikan Bunga di Hari Kartini",
    "Warga Temukan Buaya Muara di Parit Permukiman",
    "Polres Kayong Utara Siapkan Pos Terpadu Jelang Lebaran",
    "Bupati Apresiasi Kinerja Polres dalam Menjaga Kamtibmas",
    "Wakapolda Kalsel Brigjen Pol Golkar Pangarso Cek Kesiapan Personel",
    "Sepasang Kekasih Diamankan Saat Transaksi Sabu di Tepi Jalan",
    "Ribuan Warga Padati Festival Budaya Dayak Tahun Ini",
    "Dua Rumah Hangus Terbakar Akibat Korsleting Listrik",
    "Polres Barito Utara Gelar Lomba Kampung Tangguh Narkoba",
    "Anggota Satsamapta Bantu Dorong Mobil Mogok di Tanjakan",
    "Iptu Suryadi Resmi Jabat Kapolsek Sungai Raya",
    "Kuota Rumah Subsidi Tahun Ini Naik Dua Kali Lipat",
    "Sambut Ramadhan, Polres Gelar Pasar Murah di Halaman Mapolres",
    "Kasus Pencabulan Anak, Polisi Tetapkan Ayah Tiri Tersangka",
    "Operasi Zebra Berakhir, Pelanggaran Turun 20 Persen",
    "Komunitas Motor Gede Gelar Touring Amal ke Perbatasan",
]

COMMENTS = [
    ("Anonim", "Mantap pak polisi, semoga kamtibmas di kampung kami tetap kondusif."),
    ("Rudi Hartono", "Terima kasih atas informasinya, sangat bermanfaat bagi warga."),
    ("Mak Ijah", "Tolong patroli juga di gang dekat pasar pak, sering ada anak muda kumpul sampai subuh."),
    ("Anonim", "Salut untuk Bhabinkamtibmas yang selalu turun ke lapangan."),
    ("Dedi Kurniawan", "Semoga pelakunya dihukum seberat-beratnya biar ada efek jera."),
    ("Yanti", "Kapan ada kegiatan serupa di kecamatan kami? Ditunggu ya pak."),
]


@dataclass
class Ctx:
    """One page being written: the article, the site, and everything the template needs."""

    a: Article
    host: str
    name: str
    outlet: str
    url: str
    canonical: str
    paras: list[str]  # body paragraphs as HTML fragments, dateline included, trailer tag included
    trailer: list[str]  # credit lines as HTML fragments (one per line)
    byline: str | None
    labels: list[str]
    opts: dict
    leaks: list[str] = field(default_factory=list)

    @property
    def pub(self) -> datetime:
        return dt(self.a.published)

    def others(self, n: int, offset: int = 0) -> list[str]:
        rng = rng_for(self.url + str(offset))
        picks = rng.sample(OTHER_HEADLINES, n)
        self.leaks.extend(picks)
        return picks

    def leak(self, *strings: str) -> str:
        self.leaks.extend(s for s in strings if s)
        return strings[0] if strings else ""

    def link(self, headline: str) -> str:
        return f"https://{self.host}/{self.pub.year}/{self.pub.month:02d}/{slug(headline, 6)}.html"

    def snippet(self) -> str:
        return (self.a.paras[0][:150] + "...")


# ------------------------------------------------------------------ datelines

def dateline(style: str, place: str | None, outlet: str, when: datetime | None = None) -> tuple[str, str]:
    """(HTML prefix, plain prefix) for the first paragraph; '' when there is no dateline."""
    if not place or style == "none":
        return "", ""
    up = place.upper()
    if style == "place-date":  # "Kupang, 8 Juni 2024 – " (the dateline carries the publish date)
        text = f"{place}, {id_date(when)} – "
        return esc(text), text
    forms = {
        "comma-outlet-dot": (f"{esc(place)}, {esc(outlet)}.- ", None),
        "upper-dash": (f"<b>{esc(up)}</b> – ", f"{up} – "),
        "upper-strong-hyphen": (f"<strong>{esc(up)} -</strong> ", f"{up} - "),
        "upper-comma-outlet": (f"<strong>{esc(up)}, {esc(outlet.upper())}</strong> – ", f"{up}, {outlet.upper()} – "),
        "paren-outlet": (f"{esc(place)} ({esc(outlet)}) - ", None),
        "outlet-first": (f"<b>{esc(outlet)}, {esc(place)}</b> – ", f"{outlet}, {place} – "),
        "place-dash": (f"{esc(place)} – ", None),
        "upper-comma-dash": (f"<strong>{esc(up)}</strong>, – ", f"{up}, – "),
        "place-outlet-pipe": (f"{esc(place)}, {esc(outlet)} | ", None),
        "upper-colon": (f"<b>{esc(up)}</b>: ", f"{up}: "),
        "lower-domain": (f"{esc(place)}, {esc(outlet.lower())} – ", None),
        "em-dash": (f"<strong>{esc(place)}</strong> — ", f"{place} — "),
        "outlet-paren-place": (f"<b>{esc(outlet)} ({esc(place)})</b> – ", f"{outlet} ({place}) – "),
        "upper-pipe": (f"<strong>{esc(up)} |</strong> ", f"{up} | "),
        # malformed markup and odd punctuation (issue 12): a bold outlet with ".-", an unclosed <b>, an unclosed
        # <b> and <p> that split the dateline from the lead, the place alone in its own paragraph
        "outlet-dotdash-bold": (f"<b>{esc(place)}, {esc(outlet)}.-</b> ", f"{place}, {outlet}.- "),
        "upper-dash-unclosed-b": (f"<b>{esc(up)} – ", f"{up} – "),
        "paren-outlet-strong": (f"<strong>{esc(place)} ({esc(outlet)}) -</strong> ", f"{place} ({outlet}) - "),
        "upper-dash-unclosed-p": (f"<b>{esc(up)} –<p>", f"{up} –"),
        "place-alone": (f"{esc(place)} –</p><p>", f"{place} –"),
    }
    html, plain = forms[style]
    return html, plain if plain is not None else html


# ------------------------------------------------------------------ trailers

@dataclass
class Trailer:
    lines: list[str]  # HTML fragments, one per visible line
    tail: str = ""  # appended to the last paragraph
    fields: dict = field(default_factory=dict)  # author / editor / source_credit as printed


def trailer(style: str, source: str | None, author: str | None, editor: str | None) -> Trailer:
    """The credit lines at the end of the article, in one of many real-world spellings."""
    s, w, e = source, author, editor
    styles = {
        "sumber-editor": lambda: Trailer([f"Sumber: {esc(s)}", f"Editor: {esc(e)}"],
                                         fields={"source_credit": s, "editor": e}),
        "sumber-editor-spaced-bold": lambda: Trailer([f"<strong>Sumber :</strong> {esc(s)}",
                                                      f"<strong>Editor :</strong> {esc(e)}"],
                                                     fields={"source_credit": s, "editor": e}),
        "humas-paren": lambda: Trailer([f"({esc(s)})"], fields={"source_credit": s}),
        "humas-paren-inline": lambda: Trailer([], tail=f" ({esc(s)})", fields={"source_credit": s}),
        "penulis-pipe-editor": lambda: Trailer([f"Penulis: {esc(w)} | Editor: {esc(e)}"],
                                               fields={"author": w, "editor": e}),
        "reporter-editor": lambda: Trailer([f"Reporter : {esc(w)}", f"Editor : {esc(e)}"],
                                           fields={"author": w, "editor": e}),
        "pewarta-redaktur-sumber": lambda: Trailer([f"Pewarta: {esc(w)}", f"Redaktur: {esc(e)}", f"Sumber: {esc(s)}"],
                                                   fields={"author": w, "editor": e, "source_credit": s}),
        "hms-tag-editor": lambda: Trailer([f"Editor: {esc(e)}"], tail=" (*/Hms)", fields={"editor": e}),
        "rilis": lambda: Trailer([f"<em>Rilis: {esc(s)}</em>"], fields={"source_credit": s}),
        "sumber-nocolon": lambda: Trailer([f"Sumber {esc(s)}"], fields={"source_credit": s}),
        "three-lines-upper": lambda: Trailer([f"PENULIS : {esc(w.upper())}", f"EDITOR : {esc(e.upper())}",
                                              f"SUMBER : {esc(s.upper())}"],
                                             fields={"author": w, "editor": e, "source_credit": s}),
        "laporan-slash-editor": lambda: Trailer([f"Laporan: {esc(w)} / Editor: {esc(e)}"],
                                                fields={"author": w, "editor": e}),
        "kontributor-sumber": lambda: Trailer([f"Kontributor: {esc(w)}", f"Sumber: {esc(s)}"],
                                              fields={"author": w, "source_credit": s}),
        "red-tag": lambda: Trailer([], tail=" (red)", fields={}),
        "sumber-berita-bold": lambda: Trailer([f"<b>Sumber Berita:</b> {esc(s)}"], fields={"source_credit": s}),
        "rls-tag-penulis": lambda: Trailer([f"(rls/{esc(s)})", f"Penulis : {esc(w)}"],
                                           fields={"source_credit": s, "author": w}),
        "editor-only": lambda: Trailer([f"Editor: {esc(e)}"], fields={"editor": e}),
        "none": lambda: Trailer([]),
        "publish": lambda: Trailer([f"Publish : {esc(s)}"], fields={"author": s}),
        "adv-humas": lambda: Trailer([f"(Adv/{esc(s)})"], fields={"source_credit": s}),
        "bracket-humas": lambda: Trailer([f"[{esc(s)}]"], fields={"source_credit": s}),
        "sumber-slash-editor": lambda: Trailer([f"Sumber: {esc(s)} / Editor: {esc(e)}"],
                                               fields={"source_credit": s, "editor": e}),
        "kmd-tag": lambda: Trailer([], tail=" (kmd/hms)", fields={}),
        "editor-paren": lambda: Trailer([f"(Editor: {esc(e)})"], fields={"editor": e}),
        "editor-semicolon-penulis": lambda: Trailer([f"Editor : {esc(e)} ; Penulis : {esc(w)}"],
                                                    fields={"editor": e, "author": w}),
        "wartawan-sumber": lambda: Trailer([f"Wartawan: {esc(w)}", f"Sumber: {esc(s)}"],
                                           fields={"author": w, "source_credit": s}),
        "hms-only": lambda: Trailer([], tail=" (hms)", fields={}),
    }
    return styles[style]()


# ------------------------------------------------------------------ body markup

def body(paras: list[str], style: str, inserts: dict[int, list[str]] | None = None, trailer_lines: list[str] = (),
         trailer_style: str | None = None) -> str:
    """Paragraph fragments in one of the markups real editors produce; ``inserts`` go after paragraph i."""
    inserts = inserts or {}
    out: list[str] = []

    def block(fragment: str, kind: str) -> str:
        if kind == "p":
            return f"<p>{fragment}</p>"
        if kind == "p-justify":
            return f'<p style="text-align: justify;">{fragment}</p>'
        if kind == "div":
            return f'<div style="text-align: justify;">{fragment}</div><div style="text-align: justify;"><br /></div>'
        if kind == "word":
            return ('<p class="MsoNormal" style="text-align: justify;"><span lang="IN" style="font-family: &quot;Arial'
                    f'&quot;,sans-serif; font-size: 12.0pt; line-height: 115%;">{fragment}</span></p>')
        if kind == "span-div":
            return f'<div><span style="font-size: medium;">{fragment}</span></div><div><span style="font-size: medium;"><br /></span></div>'
        raise ValueError(kind)

    if style == "br":
        parts = []
        for i, para in enumerate(paras):
            parts.append(para)
            parts.extend(inserts.get(i, []))
        text = "<br />\n<br />\n".join(parts)
        if trailer_lines:
            text += "<br />\n<br />\n" + "<br />\n".join(trailer_lines)
        return text
    for i, para in enumerate(paras):
        out.append(block(para, style))
        out.extend(inserts.get(i, []))
    if trailer_lines:
        kind = trailer_style or ("p" if style in ("p", "p-justify", "word") else style)
        if kind == "one-p":
            out.append("<p>" + "<br />\n".join(trailer_lines) + "</p>")
        elif kind == "div-lines":
            out.append("<div>" + "<br />".join(trailer_lines) + "</div>")
        else:
            out.extend(block(line, kind) for line in trailer_lines)
    return "\n".join(out)


def baca_juga(ctx: Ctx, style: str) -> str:
    """A mid-article "read also" block, as themes and editors insert it."""
    h = ctx.others(2 if style in ("list", "inline-box") else 1, offset=7)
    link = f'<a href="{ctx.link(h[0])}">{esc(h[0])}</a>'
    if style == "strong":
        ctx.leak("Baca Juga")
        return f"<p><strong>Baca Juga: {link}</strong></p>"
    if style == "upper-arrow":
        ctx.leak("BACA JUGA")
        return f'<p><span style="color: red;"><b>BACA JUGA ▶</b></span> {link}</p>'
    if style == "simak":
        ctx.leak("Simak Juga")
        return f"<p><em>Simak Juga :</em> {link}</p>"
    if style == "list":
        ctx.leak("Baca juga")
        items = "".join(f'<li><a href="{ctx.link(x)}">{esc(x)}</a></li>' for x in h)
        return f"<div><b>Baca juga</b><ul>{items}</ul></div>"
    if style == "inline-box":
        ctx.leak("Berita Terkait")
        items = "".join(f'<li><a href="{ctx.link(x)}">{esc(x)}</a></li>' for x in h)
        return f'<div class="inline-related"><span class="ir-title">Berita Terkait</span><ul>{items}</ul></div>'
    if style == "lihat":
        ctx.leak("Lihat juga")
        return f"<p>Lihat juga: {link}</p>"
    raise ValueError(style)


def caption(ctx: Ctx, style: str) -> str:
    """A photo with its caption inside the post body."""
    a = ctx.a
    who = a.persons[0][0] if a.persons else "petugas"
    text = f"Suasana kegiatan yang dihadiri {who} bersama warga setempat"
    img = f"https://{ctx.host}/wp-content/uploads/{ctx.pub.year}/{ctx.pub.month:02d}/{slug(a.title, 4)}.jpg"
    if style == "blogger-table":
        ctx.leak(text)
        return ('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: '
                f'auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="{img}" style="margin-left: '
                f'auto; margin-right: auto;"><img border="0" data-original-height="720" data-original-width="1280" '
                f'height="360" src="{img}" width="640" /></a></td></tr><tr><td class="tr-caption" style="text-align: '
                f'center;">{esc(text)}</td></tr></tbody></table>')
    if style == "figure":
        ctx.leak(text)
        return (f'<figure class="wp-block-image size-large"><img decoding="async" src="{img}" alt="" /><figcaption '
                f'class="wp-element-caption">{esc(text)}</figcaption></figure>')
    if style == "wp-caption":
        ctx.leak(text)
        return (f'<div id="attachment_{len(a.title)}" style="width: 810px" class="wp-caption aligncenter"><img '
                f'src="{img}" width="800" height="450" /><p class="wp-caption-text">{esc(text)}</p></div>')
    if style == "foto-line":
        line = f"Foto: {text}"
        ctx.leak(line)
        return f'<p style="text-align: center;"><img src="{img}" /><br /><i>{esc(line)}</i></p>'
    if style == "ket-foto":
        line = f"{text}. (Foto: Dok. Humas)"
        ctx.leak(text)
        return f'<p><em>{esc(line)}</em></p>'
    raise ValueError(style)


# ------------------------------------------------------------------ head and widgets

def jsonld(ctx: Ctx, kind: str = "NewsArticle", author: str | None = None, published: str | None = None,
           modified: str | None = None) -> str:
    data = {"@context": "https://schema.org", "@type": kind, "headline": ctx.a.title,
            "mainEntityOfPage": {"@type": "WebPage", "@id": ctx.canonical},
            "datePublished": published or iso(ctx.pub), "image": [f"https://{ctx.host}/img/{slug(ctx.a.title, 3)}.jpg"],
            "publisher": {"@type": "Organization", "name": ctx.name,
                          "logo": {"@type": "ImageObject", "url": f"https://{ctx.host}/logo.png"}}}
    if modified:
        data["dateModified"] = modified
    if author:
        data["author"] = {"@type": "Person", "name": author}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def share_bar(ctx: Ctx, label: str, nets: tuple[str, ...] = ("Facebook", "Twitter", "WhatsApp", "Telegram")) -> str:
    ctx.leak(label)
    links = "".join(f'<a class="share-{n.lower()}" href="https://share.example/{n.lower()}?u={attr(ctx.url)}" '
                    f'rel="nofollow" target="_blank"><span>{n}</span></a>' for n in nets)
    return f'<div class="share-links"><span class="share-title">{esc(label)}</span>{links}</div>'


def headline_list(ctx: Ctx, n: int, offset: int, with_dates: bool = True) -> str:
    items = []
    for i, h in enumerate(ctx.others(n, offset)):
        when = ctx.pub - timedelta(days=i + 1, hours=3 * i)
        date = f'<span class="date">{id_date(when)}</span>' if with_dates else ""
        items.append(f'<li><a href="{ctx.link(h)}">{esc(h)}</a>{date}</li>')
    return "".join(items)


def comments_blogger(ctx: Ctx, n: int, heading: str, footer: str = "Poskan Komentar") -> str:
    ctx.leak(heading, footer)
    items = []
    for author, text in COMMENTS[:n]:
        ctx.leak(text)
        when = ctx.pub + timedelta(hours=5)
        items.append(f"<li class='comment'><div class='avatar-image-container'><img src='//resources.blogblog.com/img/"
                     f"blank.gif'/></div><div class='comment-block'><div class='comment-header'><cite class='user'>"
                     f"{esc(author)}</cite><span class='icon user'></span><span class='datetime secondary-text'>"
                     f"<a rel='nofollow' href='{ctx.url}?showComment=1#c'>{id_date(when)} pukul {hhmm(when, '.')}</a>"
                     f"</span></div><p class='comment-content'>{esc(text)}</p><span class='comment-actions "
                     f"secondary-text'><a class='comment-reply' target='_self'>Balas</a></span></div></li>")
    return (f"<div class='comments' id='comments'><a name='comments'></a><h4>{esc(heading)}</h4>"
            f"<div class='comments-content'><div id='comment-holder'><ol>{''.join(items)}</ol></div></div>"
            f"<p class='comment-footer'><a href='https://www.blogger.com/comment.g?blogID=1&postID=2' "
            f"onclick=''>{esc(footer)}</a></p></div>")


def wp_comment_form(ctx: Ctx, lang: str = "id", heading: str | None = None) -> str:
    if lang == "id":
        strings = [heading or "Tinggalkan Balasan", "Batalkan balasan",
                   "Alamat email Anda tidak akan dipublikasikan.", "Ruas yang wajib ditandai",
                   "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.",
                   "Kirim Komentar"]
        labels = ("Komentar", "Nama", "Email", "Situs Web")
    else:
        strings = [heading or "Leave a Reply", "Cancel reply", "Your email address will not be published.",
                   "Required fields are marked",
                   "Save my name, email, and website in this browser for the next time I comment.", "Post Comment"]
        labels = ("Comment", "Name", "Email", "Website")
    ctx.leak(*strings)
    return (f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" '
            f'class="comment-reply-title">{esc(strings[0])} <small><a rel="nofollow" id="cancel-comment-reply-link" '
            f'href="#respond" style="display:none;">{esc(strings[1])}</a></small></h3><form action="https://{ctx.host}/'
            f'wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">'
            f'<span id="email-notes">{esc(strings[2])}</span> <span class="required-field-message">{esc(strings[3])} '
            f'<span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">'
            f'{labels[0]} <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" '
            f'rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">'
            f'{labels[1]} <span class="required">*</span></label> <input id="author" name="author" type="text" '
            f'size="30" required /></p><p class="comment-form-email"><label for="email">{labels[2]} <span '
            f'class="required">*</span></label> <input id="email" name="email" type="email" size="30" required /></p>'
            f'<p class="comment-form-url"><label for="url">{labels[3]}</label> <input id="url" name="url" type="url" '
            f'size="30" /></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" '
            f'name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">'
            f'{esc(strings[4])}</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" '
            f'class="submit" value="{attr(strings[5])}" /></p></form></div></div>')


SCRIPTS = ("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());"
           "gtag('config','G-XXXXXXX');</script>\n<script async src='https://pagead2.googlesyndication.com/pagead/js/"
           "adsbygoogle.js?client=ca-pub-0000000000000000' crossorigin='anonymous'></script>")
