//! [`NodePath`]: the stable address of a node, "0.2.1".

use std::fmt;
use std::str::FromStr;

/// The address of a node in an [`Outline`](crate::parser::Outline): the document index
/// followed by the child index at each level, written "0.2.1" (document 0, its third
/// top-level node, that node's second child).
///
/// A path of one component ("1") addresses a whole document; the section filter accepts
/// it to restrict the view to one document of a multi-document paste.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodePath(Vec<usize>);

impl NodePath {
    /// `components` must not be empty: the first is the document index.
    pub fn new(components: Vec<usize>) -> Option<Self> {
        (!components.is_empty()).then_some(NodePath(components))
    }

    /// The path of a whole document.
    pub fn document(doc: usize) -> Self {
        NodePath(vec![doc])
    }

    pub fn doc(&self) -> usize {
        self.0[0]
    }

    /// Child indices below the document, outermost first.
    pub fn indices(&self) -> &[usize] {
        &self.0[1..]
    }

    pub fn components(&self) -> &[usize] {
        &self.0
    }

    /// This path extended by one child index.
    pub fn child(&self, index: usize) -> Self {
        let mut v = self.0.clone();
        v.push(index);
        NodePath(v)
    }

    /// The enclosing node's path (a document path has none).
    pub fn parent(&self) -> Option<Self> {
        (self.0.len() > 1).then(|| NodePath(self.0[..self.0.len() - 1].to_vec()))
    }

    /// True when `other` lies strictly inside the node this path addresses.
    pub fn is_ancestor_of(&self, other: &NodePath) -> bool {
        other.0.len() > self.0.len() && other.0.starts_with(&self.0)
    }
}

impl fmt::Display for NodePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, c) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            write!(f, "{c}")?;
        }
        Ok(())
    }
}

/// The text is not a node path: dot-separated decimal numbers, at least one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseNodePathError;

impl fmt::Display for ParseNodePathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("无效的节点路径")
    }
}

impl std::error::Error for ParseNodePathError {}

impl FromStr for NodePath {
    type Err = ParseNodePathError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let parts = s
            .split('.')
            .map(|p| {
                if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(ParseNodePathError);
                }
                p.parse::<usize>().map_err(|_| ParseNodePathError)
            })
            .collect::<Result<Vec<_>, _>>()?;
        NodePath::new(parts).ok_or(ParseNodePathError)
    }
}
