"""The program data: counts, order, clean text, authors in all three layouts, regeneration."""

from __future__ import annotations

import itertools
import json
from datetime import datetime, timedelta

import pytest

from planner.importer import (
    CONTENTS,
    MODULE,
    OUTPUT,
    build_program,
    clean_title,
    parse_authors,
    render,
    render_module,
)
from planner.program import load_program


@pytest.fixture(scope="module")
def program():
    return load_program()


def test_shipped_file_equals_a_fresh_regeneration():
    fresh = render(build_program(CONTENTS.read_text(encoding="utf-8")))
    assert OUTPUT.read_text(encoding="utf-8") == fresh


def test_the_compiled_program_is_the_shipped_file_s_document():
    from planner.atc25_program import document
    from planner.formats import load_program as load_file
    from planner.formats import load_shipped
    from planner.program import shipped_program_path

    fresh = build_program(CONTENTS.read_text(encoding="utf-8"))
    assert MODULE.read_text(encoding="utf-8") == render_module(fresh)
    assert document() == json.loads(OUTPUT.read_text(encoding="utf-8"))
    assert document() is not document()  # each program gets a document of its own
    assert load_shipped() == load_file(shipped_program_path())


def test_counts(program):
    assert len(program.papers) == 100
    assert [len(d.sessions) for d in program.days] == [6, 8, 8]
    assert sum(len(d.sessions) for d in program.days) == 22
    assert [str(d.date) for d in program.days] == ["2025-07-07", "2025-07-08", "2025-07-09"]
    for day in program.days:
        for slot in day.slots:
            assert sorted(s.track for s in slot.sessions) == ["Track 1", "Track 2"]
            assert len({len(s.papers) for s in slot.sessions}) == 1  # parallel sessions pair up


def test_pages_strictly_increase_in_program_order(program):
    pages = [p.page for p in program.papers.values()]
    assert pages[0] == 1 and pages[-1] == 1693
    assert all(a < b for a, b in itertools.pairwise(pages))


def test_times_follow_the_planning_layout(program):
    monday = program.days[0]
    assert [s.start.strftime("%H:%M") for s in monday.slots] == ["10:45", "13:40", "15:25"]
    assert [s.start.strftime("%H:%M") for s in program.days[1].slots] == [
        "09:00", "10:45", "13:15", "15:00"]
    fast = program.papers["fast-acs"]
    assert fast.start.isoformat() == "2025-07-07T10:45:00-04:00"
    for session in (s for d in program.days for s in d.sessions):
        for i, p in enumerate(session.papers):
            assert p.start == session.start + timedelta(minutes=15 * i)
            assert p.end - p.start == timedelta(minutes=15)
        assert session.end == session.papers[-1].end
    assert "Planning layout" in program.conference.times_source


def test_session_tracks_follow_contents_order(program):
    titles = [(s.track, s.title.split(":")[0]) for s in program.days[0].sessions]
    assert titles[:2] == [("Track 1", "Cloud Computing"), ("Track 2", "Accelerating ML Training")]
    wed = [(s.track, s.title) for s in program.days[2].sessions]
    assert ("Track 1", "OS, Mobile, and Reliability Challenges") in wed


def people(program, pid):
    return [(a.name, list(a.affiliations)) for a in program.papers[pid].authors]


@pytest.mark.parametrize(
    ("pid", "title", "page", "first", "last"),
    [
        # plain layout
        ("fast-acs", "Fast ACS: Low-Latency File-Based Ordered Message Delivery at Scale", 1,
         ("Sushant Kumar Gupta", ["Google LLC"]), ("Prunthaban Kanthakumar", ["Google LLC"])),
        ("uefi", "μEFI: A Microkernel-Style UEFI with Isolation and Transparency", 273,
         ("Le Chen", ["Shanghai Jiao Tong University"]),
         ("Haibo Chen", ["Shanghai Jiao Tong University"])),
        ("towards-optimal-rack-scale",
         "Towards Optimal Rack-scale μs-level CPU Scheduling through In-Network Workload Shaping",
         179, ("Xudong Liao", ["Hong Kong University of Science and Technology"]),
         ("Kai Chen", ["Hong Kong University of Science and Technology"])),
        ("minos", "Minos: A Lightweight and Dynamic Defense against Traffic Analysis in "
         "Programmable Data Planes", 399,
         ("Zihao Wang", ["Pengcheng Laboratory and Tsinghua Shenzhen International Graduate School"]),
         ("Yong Jiang", ["Pengcheng Laboratory and Tsinghua Shenzhen International Graduate School"])),
        ("anchornet", "AnchorNet: Bridging Live and Collaborative Streaming with a Unified "
         "Architecture", 1021, ("Tong Meng", ["ByteDance"]), ("Jianlin Xu", ["ByteDance"])),
        ("universal-checkpointing", "Universal Checkpointing: A Flexible and Efficient Distributed "
         "Checkpointing System for Large-Scale DNN Training with Reconfigurable Parallelism", 1519,
         ("Xinyu Lian", ["University of Illinois Urbana–Champaign"]),
         ("Minjia Zhang", ["University of Illinois Urbana–Champaign"])),
        ("koala-benchmarks-shell",
         "The Koala Benchmarks for the Shell: Characterization and Implications", 449,
         ("Evangelos Lamprou", ["Brown University"]), ("Nikos Vasilakis", ["Brown University"])),
        # table layout, the whole author line italic
        ("roaming-free-vr", "Roaming Free in the VR World with MP²", 833,
         ("Yifei Xu", ["University of California, Los Angeles"]),
         ("Yunfei Ma", ["Uber Technologies, Inc."])),
        ("chitu", "Chitu: Avoiding Unnecessary Fallback in Byzantine Consensus", 923,
         ("Rongji Huang", ["Shanghai Jiao Tong University"]),
         ("Shengyun Liu", ["Shanghai Jiao Tong University and Shanghai Key Laboratory of Trusted "
                           "Data Circulation, Governance and Web3"])),
        # table layout with <i> per affiliation
        ("learning-enhanced-high", "Learning-Enhanced High-Throughput Pattern "
         "Matching Based on Programmable Data Plane", 1693,
         ("Guanglin Duan", ["Peng Cheng Laboratory, Tsinghua Shenzhen International Graduate "
                            "School"]),
         ("Mingwei Xu", ["Tsinghua University"])),
        ("swcc", "SwCC: Software-Programmable and Per-Packet Congestion Control in RDMA Engine",
         1243, ("Hongjing Huang", ["Zhejiang University"]), ("Zeke Wang", ["Zhejiang University"])),
    ],
)
def test_spot_checks(program, pid, title, page, first, last):
    p = program.papers[pid]
    assert (p.title, p.page) == (title, page)
    got = people(program, pid)
    assert got[0] == (first[0], first[1])
    assert got[-1] == (last[0], last[1])


def test_people_with_two_or_no_affiliations(program):
    barre = dict(people(program, "barre"))
    assert barre["Xiaoliang Wang"] == []  # 'Xiaoliang Wang;' has no affiliation
    assert dict(people(program, "marc"))["Yuankang Zhao"] == [
        "Alibaba Group", "University of Chinese Academy of Sciences"]
    assert dict(people(program, "torpor"))["Minchen Yu"] == [
        "The Chinese University of Hong Kong, Shenzhen",
        "Hong Kong University of Science and Technology"]
    # 'and Shuhai Lab, *Huawei Cloud*' is Zhibin Yu's second affiliation, not a person
    swift = dict(people(program, "swift"))
    assert "Shuhai Lab" not in swift
    assert swift["Zhibin Yu"][-1] == "Shuhai Lab, Huawei Cloud"
    # '; and Key Laboratory …' in the all-italic layout
    rhone = dict(people(program, "emulating-space-computing"))
    assert rhone["Chenren Xu"] == ["Peking University", "Key Laboratory of High Confidence "
                                   "Software Technologies, Ministry of Education (PKU)"]
    drack = dict(people(program, "drack"))
    assert drack["Xu Zhang"] == ["SKLP, Institute of Computing Technology, CAS",
                                 "University of Chinese Academy of Sciences"]


def test_wrapped_author_lines_are_joined(program):
    torpor = [n for n, _ in people(program, "torpor")]
    assert torpor[:2] == ["Minchen Yu", "Ao Wang"] and torpor[-1] == "Yu Ding"
    assert [n for n, _ in people(program, "voltrix")][-1] == "Dazhao Cheng"
    assert dict(people(program, "plus"))["Chuanjie Liu"] == ["Microsoft"]


def test_oxford_comma_with_two_names(program):
    flexpipe = [n for n, _ in people(program, "flexpipe")]
    assert flexpipe == ["Hairui Zhao", "Qi Tian", "Hongliang Li", "Zizhong Chen"]


def test_every_text_is_clean(program):
    for p in program.papers.values():
        assert p.title == p.title.strip() and not p.title.endswith(".")
        assert not any(ch in p.title for ch in "*<>|") and "..." not in p.title
        assert not p.title[-1].isdigit() or p.title.endswith("²")
        assert " :" not in p.title and "μ " not in p.title and "µ " not in p.title
        for a in p.authors:
            assert a.name and a.name[0].isupper() and len(a.name.split()) <= 5, a.name
            assert not any(ch in a.name for ch in "*<>|;,"), a.name
            assert not a.name.startswith("and "), a.name
            for aff in a.affiliations:
                assert aff and not any(ch in aff for ch in "*<>|"), aff
                assert not aff.startswith("and ") and not aff.endswith((",", ";")), aff
            assert len(a.affiliations) <= 2


def test_mu_is_the_proceedings_greek_letter(program):
    """pp. 179, 273, 973 print U+03BC GREEK SMALL LETTER MU; the titles keep it, not U+00B5."""
    titles = {p.page: p.title for p in program.papers.values()}
    for page, word in ((179, "\u03bcs-level"), (273, "\u03bcEFI"), (973, "\u03bcKernel")):
        assert word in titles[page], titles[page]
    assert not any("\u00b5" in t for t in titles.values())


def test_ids_are_unique_short_and_typeable(program):
    for pid in program.papers:
        assert pid.isascii() and pid == pid.lower() and " " not in pid and len(pid) <= 26


@pytest.mark.parametrize(
    ("raw", "clean"),
    [("μ EFI: A Microkernel", "μEFI: A Microkernel"), ("Minos : A Defense.", "Minos: A Defense"),
     ("Rack-scale μ s-level CPU", "Rack-scale μs-level CPU")],
)
def test_clean_title(raw, clean):
    assert clean_title(raw) == clean


def test_parse_authors_layouts():
    assert parse_authors("<i>A Bee and C Dee, Uni of X, City; E Eff, Corp Inc.</i>") == [
        {"name": "A Bee", "affiliations": ["Uni of X, City"]},
        {"name": "C Dee", "affiliations": ["Uni of X, City"]},
        {"name": "E Eff", "affiliations": ["Corp Inc."]},
    ]
    assert parse_authors("A Bee, <i>Uni</i> ; C Dee, <i>Lab</i>") == [
        {"name": "A Bee", "affiliations": ["Uni"]}, {"name": "C Dee", "affiliations": ["Lab"]}]


def test_json_document_round_trips(program):
    doc = json.loads(OUTPUT.read_text(encoding="utf-8"))
    assert doc["conference"]["timezone"] == "America/New_York"
    assert datetime.fromisoformat(doc["days"][0]["sessions"][0]["start"]).utcoffset() == \
        timedelta(hours=-4)
# The ids users type and keep in their agendas: a change here breaks their files.
PINNED_IDS = ["fast-acs", "poby", "burst-computing", "deepserve", "cosmic", "gmi-drl", "mtuner", "jenga", "flexpipe", "optimus", "towards-optimal-rack-scale", "tgw", "marc", "accelerating-distributed", "opening-up-kernel-bypass", "gpreempt", "uefi", "pageflex", "asterinas", "rex", "barre", "flb", "snary", "minos", "generalsparse", "hycache", "koala-benchmarks-shell", "kvcache-cache-wild", "logcrisp", "hotrap", "mitigating-resource-usage", "solfs", "z-lfs", "clone", "weaver", "torpor", "toppings", "qfactory", "plus", "obscura", "ppipe", "voltrix", "netkeeper", "greyhound", "crash-consistency-block", "fide", "leocraft", "emulating-space-computing", "roaming-free-vr", "storm", "internet-connection", "wic", "primus", "chitu", "fast-distributed", "cuckoo-for-clients", "liteshield", "accelerating-nested", "efficient-performance", "anchornet", "katz", "popfetcher", "hypreca", "crosspipe", "unveiling-compiler-faults", "understanding-detecting", "converos", "bin2wrong", "hec", "para-ksm", "dsa-2lm", "turbocharge-anns-real", "swcc", "drack", "shieldreduce", "memorytrap", "separate-but-together", "ddlumos", "spaceexit", "xrt", "dshuffle", "accelerating-model", "cafault", "revealing-floating-point", "inferring-likely-counting", "optimizing-input", "irhash", "on-demand-container", "pathweaver", "universal-checkpointing", "towards-high-performance", "swift", "pmr", "save", "identifying-analyzing", "bluetooth-low-energy", "resource-multiplexing", "colocating-ml-inference", "assyllm", "learning-enhanced-high"]


def test_ids_are_pinned(program):
    assert list(program.papers) == PINNED_IDS
