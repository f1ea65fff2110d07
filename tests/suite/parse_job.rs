//! The parse worker's answer (duban::parse_job): the pieces the worker writes rebuild,
//! on the page, exactly the parse the page would have made itself; no piece is much
//! larger than the bound, so the page never reads a long one in one go; and answers
//! that are cut short or out of order are refused, not half read.

use std::collections::HashSet;

use duban::checklist::DocKey;
use duban::parse_job::{pieces, prepare, Assembler, Prepared, PIECE_BYTES};
use duban::parser::pathological;

use crate::parser_support::fixture;

fn assemble(parts: &[Vec<u8>]) -> Prepared {
    let mut a = Assembler::default();
    for p in parts {
        a.take(p).expect("a piece the worker wrote");
    }
    assert!(a.is_complete());
    a.finish().expect("complete")
}

fn round_trip(text: &str, hidden: &HashSet<DocKey>) -> (Prepared, usize) {
    let prepared = prepare(text, hidden);
    let parts = pieces(&prepared);
    let back = assemble(&parts);
    assert_eq!(back, prepared);
    (back, parts.len())
}

#[test]
fn every_fixture_comes_back_whole() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(names.len() > 10);
    for name in names {
        let text = std::fs::read_to_string(format!("{dir}/{name}")).expect("UTF-8");
        let (back, _) = round_trip(&text, &HashSet::new());
        assert!(
            !back.outline.documents.is_empty() || text.trim().is_empty(),
            "{name}"
        );
    }
}

#[test]
fn the_seeds_repeated_come_back_in_bounded_pieces() {
    let seeds: Vec<String> = ["000", "001", "002", "003", "004"]
        .iter()
        .map(|p| fixture(p))
        .collect();
    let text = vec![seeds.join("\n\n"); 8].join("\n\n");
    let prepared = prepare(&text, &HashSet::new());
    let parts = pieces(&prepared);
    assert!(
        parts.len() > 4,
        "{} pieces for {} bytes",
        parts.len(),
        text.len()
    );
    // The largest item of these documents is far below the bound: a piece ends once it
    // passes the bound, by one item at most.
    for p in &parts {
        assert!(
            p.len() < PIECE_BYTES + 16 * 1024,
            "a piece of {} bytes",
            p.len()
        );
    }
    assert_eq!(assemble(&parts), prepared);
    assert_eq!(prepared.keys.len(), prepared.outline.documents.len());
    // Every node's key, as the page would compute it; a task's is its checklist key.
    for (doc, keys) in prepared.outline.documents.iter().zip(&prepared.node_keys) {
        assert_eq!(keys, &duban::checklist::node_keys(doc));
        let tasks: Vec<_> = doc
            .walk()
            .zip(keys)
            .filter(|(n, _)| n.kind == duban::parser::NodeKind::Task)
            .map(|(_, k)| k.clone())
            .collect();
        let expected: Vec<_> = duban::checklist::keyed_tasks(doc)
            .into_iter()
            .map(|t| t.key)
            .collect();
        assert_eq!(tasks, expected);
    }
    assert!(prepared.outline.documents.len() >= 40);
}

#[test]
fn documents_left_out_stay_out_with_their_keys() {
    let text = fixture("004");
    let all = prepare(&text, &HashSet::new());
    assert!(all.keys.len() >= 2, "004 holds two documents");
    let hidden: HashSet<DocKey> = [all.keys[0].clone()].into();
    let (back, _) = round_trip(&text, &hidden);
    assert_eq!(back.left_out, vec![all.keys[0].clone()]);
    assert_eq!(back.keys, all.keys[1..].to_vec());
    assert_eq!(
        back.outline.documents.len(),
        all.outline.documents.len() - 1
    );
}

#[test]
fn deep_and_wide_outlines_come_back_without_recursion() {
    // Rebuilt on a thread with wasm32's 1 MiB stack: depth must not cost stack.
    for name in [
        "nested_numbering_levels",
        "brackets_nested_deep",
        "one_char_lines",
    ] {
        let text = pathological::input(name, 20_000).expect("a known case");
        std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(move || {
                round_trip(&text, &HashSet::new());
            })
            .expect("thread")
            .join()
            .unwrap_or_else(|_| panic!("{name}"));
    }
}

#[test]
fn an_empty_text_is_one_piece_with_the_end() {
    let (back, n) = round_trip("", &HashSet::new());
    assert_eq!(n, 1);
    assert!(back.outline.documents.iter().all(|d| d.nodes.is_empty()));
}

/// A piece written by hand: items as the worker writes them (tags 1 document, 2 node,
/// 5 end; numbers below 128 are one byte; strings are length then UTF-8).
fn doc() -> Vec<u8> {
    vec![1, 0, 0, 0, 0, 0]
}

fn task(depth: u8, key: Option<&str>) -> Vec<u8> {
    // depth, no number, text "x", task, no leaders/lead/coop, no deadline, lines 1-1,
    // body "", key.
    let mut v = vec![2, depth, 0, 1, b'x', 1, 0, 0, 0, 0, 1, 1, 0];
    match key {
        Some(k) => {
            v.extend([1, k.len() as u8]);
            v.extend(k.as_bytes());
        }
        None => v.push(0),
    }
    v
}

fn end(keys: &[&str]) -> Vec<u8> {
    let mut v = vec![5, keys.len() as u8];
    for k in keys {
        v.push(k.len() as u8);
        v.extend(k.as_bytes());
    }
    v.push(0);
    v
}

#[test]
fn answers_cut_short_or_out_of_order_are_refused() {
    let prepared = prepare(&vec![fixture("003"); 12].join("\n"), &HashSet::new());
    let parts = pieces(&prepared);
    assert!(parts.len() >= 2);
    // Cut short: the end never comes.
    let mut a = Assembler::default();
    for p in &parts[..parts.len() - 1] {
        a.take(p).expect("a piece");
    }
    assert!(!a.is_complete());
    assert!(a.finish().is_err());
    // A piece cut in the middle of an item.
    let mut a = Assembler::default();
    assert!(a.take(&parts[0][..parts[0].len() / 2]).is_err());
    // A piece after the end.
    let mut a = Assembler::default();
    for p in &parts {
        a.take(p).expect("a piece");
    }
    assert!(a.take(&parts[0]).is_err());
    // A node deeper than its parent, and a node before any document.
    assert!(Assembler::default()
        .take(&[doc(), task(2, Some("t1"))].concat())
        .is_err());
    assert!(Assembler::default().take(&task(0, Some("t1"))).is_err());
    // A node without its key; an unknown item.
    assert!(Assembler::default()
        .take(&[doc(), task(0, None)].concat())
        .is_err());
    assert!(Assembler::default().take(&[9]).is_err());
    // Keys that do not match the documents.
    assert!(Assembler::default().take(&end(&["d1"])).is_err());
    // The same, well formed, reads.
    let mut a = Assembler::default();
    a.take(&[doc(), task(0, Some("t1")), end(&["d1"])].concat())
        .expect("well formed");
    let back = a.finish().expect("complete");
    assert_eq!(
        back.node_keys,
        vec![vec![duban::checklist::TaskKey("t1".into())]]
    );
    assert_eq!(back.outline.documents[0].nodes[0].text, "x");
}

proptest::proptest! {
    /// Whatever bytes arrive, the page gets an error or a parse, never a panic.
    #[test]
    fn any_bytes_read_without_panic(piece in proptest::collection::vec(proptest::num::u8::ANY, 0..512)) {
        let mut a = Assembler::default();
        let _ = a.take(&piece);
        let _ = a.finish();
    }
}

#[test]
fn a_revision_and_the_keys_of_a_text_come_back_as_the_worker_wrote_them() {
    use duban::checklist::{doc_keys, match_revision};
    use duban::parse_job::{keys_piece, read_keys, read_revision, revise, revision_piece};
    let old_text = fixture("003");
    // A revised copy: a task reworded, one removed, the numbers shifted.
    let new_text = old_text.replacen("增长7%左右", "增长7.5%左右", 1);
    let (old, new) = (
        duban::parser::parse(&old_text),
        duban::parser::parse(&new_text),
    );
    let rev = match_revision(&old.documents[0], &new.documents[0]);
    assert!(!rev.pairs.is_empty());
    assert!(rev.modified().count() > 0, "the reworded task is 修改");
    assert_eq!(read_revision(&revision_piece(&rev)).unwrap(), rev);
    let new_key = doc_keys(&new.documents)[0].clone();
    assert_eq!(
        read_revision(&revise(&old, 0, &new, &new_key).unwrap()).unwrap(),
        rev
    );
    assert!(revise(&old, 9, &new, &new_key).is_err());
    assert!(revise(&old, 0, &new, &DocKey("nope".into())).is_err());
    let keys = doc_keys(&old.documents);
    assert_eq!(read_keys(&keys_piece(&keys)).unwrap(), keys);
    // Cut short or followed by more: refused.
    let piece = revision_piece(&rev);
    assert!(read_revision(&piece[..piece.len() - 1]).is_err());
    assert!(read_revision(&[piece.as_slice(), &[0]].concat()).is_err());
    assert!(read_revision(&[]).is_err());
}
