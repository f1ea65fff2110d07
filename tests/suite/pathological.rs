//! Pathological inputs (in the spirit of comrak's and pulldown-cmark's suites): each
//! is sized so that a cost growing with the square of the input would take minutes,
//! while a linear parse takes well under a second even in this debug build. Each runs
//! on a thread with a 1 MiB stack (wasm32's default), so that a recursion following
//! the input overflows here rather than in the page, and must finish within
//! [`LIMIT`]: generous enough never to flake on a busy machine, far below what a
//! quadratic loop needs. `scripts/bench-parser` prints the growth of each from n to 4n.

use std::time::{Duration, Instant};

use duban::parser::{check_accounting, parse, pathological, Outline};

/// Far above a linear parse of any case here, far below a quadratic one.
const LIMIT: Duration = Duration::from_secs(20);

/// The size every case is built at (lines, units, brackets … as each case counts).
const N: usize = 40_000;

fn run(name: &'static str) {
    run_input(name, N, pathological::input(name, N).expect("a known case"));
}

/// Parses `input`, case `name` at size `n`, as described above.
fn run_input(name: &'static str, n: usize, input: String) {
    let handle = std::thread::Builder::new()
        .name(name.into())
        .stack_size(1 << 20)
        .spawn(move || {
            let start = Instant::now();
            let outline: Outline = parse(&input);
            let took = start.elapsed();
            (
                took,
                check_accounting(&input, &outline),
                outline.documents.len(),
            )
        })
        .expect("thread");
    let (took, accounting, docs) = handle.join().expect("no panic, no stack overflow");
    eprintln!("{name}: {took:?}");
    assert!(took < LIMIT, "{name}: {took:?} for n = {n}");
    assert_eq!(accounting, Ok(()), "{name}");
    assert!(docs >= 1, "{name}");
}

macro_rules! cases {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                run(stringify!($name));
            }
        )*

        /// Every case of the library's list has a test here.
        #[test]
        fn every_case_is_tested() {
            let here = [$(stringify!($name)),*];
            for name in pathological::NAMES {
                assert!(here.contains(name), "{name} has no test");
            }
        }
    };
}

cases!(
    closing_brackets_after_a_label,
    short_lines_under_a_heading,
    distinct_units_in_one_label,
    names_in_one_leader_label,
    nested_numbering_levels,
    million_char_line,
    one_char_lines,
    brackets_nested_deep,
    table_rows_with_sixty_columns,
    every_line_a_label,
    every_line_a_new_style,
    same_task_repeated,
    traditional_and_simplified,
    carriage_returns,
    cells_one_per_line,
    table_with_spaces,
    items_run_together,
    paragraphs_with_labels,
    verbs_chained,
    colons_in_a_line,
    titles_and_headers,
    notice_and_signature_repeated,
    short_lines_after_a_unit_label_ending_in_a_digit,
    short_lines_after_a_unit_label_that_names_no_unit,
    cells_opening_with_bars_broken_over_lines,
    back_references_after_a_long_list,
    numbers_and_bars_without_a_header,
    labels_alone_on_their_lines,
    heading_lines_ending_in_brackets,
    paragraphs_under_a_heading_of_duties,
    tab_rows_without_numbers_under_merged_cells,
    partners_after_huitong,
    duty_entries_run_together,
    steps_with_brackets_run_together,
    counted_label_lines,
    viewer_chunks,
    table_cells_run_together,
    subjects_after_grounds_and_counts,
    sibling_rows_and_heading_whos,
    tab_rows_merged_decimal_and_categorised,
    records_of_fields_under_headings,
    browser_rows_short_of_cells,
    one_line_groups_and_bodies,
    numbers_after_titles_run_together,
    numbers_alone_over_blank_runs,
    preamble_names_of_documents_repeated,
    clauses_before_a_late_partner,
    markup_and_attachments,
    shares_beside_a_paragraph_s_subject,
    assignment_value_of_many_doers,
    clauses_opening_with_numbers,
);
