//! All native integration tests, as modules of one test crate: one binary to link
//! instead of one per file (each integration-test file is its own binary).

mod checklist_backup;
mod checklist_core;
mod checklist_corrections;
mod checklist_index_order;
mod checklist_overview;
mod checklist_paste;
mod checklist_prop;
mod checklist_revision;
mod checklist_seeds;
mod checklist_storage;
mod checklist_support;
mod corpus;
mod docx_reader;
mod docx_seeds;
mod docx_support;
mod export_csv;
mod export_support;
mod export_text;
mod export_xlsx;
mod filter_apply;
mod filter_bench;
mod filter_common;
mod filter_highlight;
mod filter_model;
mod filter_query;
mod filter_seeds;
mod filter_stats;
mod parse_job;
mod parser_cli;
mod parser_explore3;
mod parser_fixtures;
mod parser_props;
mod parser_seeds;
mod parser_support;
mod pathological;
