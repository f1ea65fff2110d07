//! The pure core behind the outline, unit and leader views: flattening an
//! [`Outline`](crate::parser::Outline) into an index, filtering it, counting who does
//! what, highlighting keywords and keeping the filter in the URL.
//!
//! No web types here: everything is tested natively and the UI stays thin.

mod apply;
mod controls;
mod describe;
mod fold;
mod highlight;
mod index;
mod long_text;
mod path;
mod query;
mod spec;
mod stats;
mod views;

pub use apply::Matches;
pub use controls::{is_bidi_control, reveal_controls};
pub use fold::{fold_char, fold_str};
pub use highlight::highlight;
pub use index::{FlatNode, IndexBuilder, OutlineIndex};
pub use long_text::{pieces, row_text, RowText, FOLD_CHARS, PIECE_CHARS};
pub use path::{NodePath, ParseNodePathError};
pub use spec::{Filter, LightFilter, Role, StatusFilter};
pub use stats::{leader_rank, small_sort_by_key, LeaderStat, UnitStat};
pub use views::{TaskGroup, UnitTask, UnitTasks};
