//! [`Stamped`]: a value with the time it was set, the unit of every merge.

use std::cmp::Ordering;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Milliseconds since the epoch, as `Date.now()` gives them. Passed in by the caller.
pub type Millis = f64;

/// A value and when it was set (a last-writer-wins register). `at == 0` with the
/// default value means "never set". Stored as `[value, at]`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stamped<T> {
    pub value: T,
    pub at: Millis,
}

impl<T: Default + PartialEq> Stamped<T> {
    pub fn new(value: T, at: Millis) -> Self {
        Self { value, at }
    }

    /// Never set: default value at time 0 (left out of the stored form).
    pub fn is_unset(&self) -> bool {
        self.at == 0.0 && self.value == T::default()
    }

    /// Sets the value at `now`, or just after the current stamp if the clock says
    /// otherwise, so that a new edit always supersedes what this copy knew (past a
    /// stamp so large that adding 1 ms leaves it as it was, by the next larger one).
    pub fn set(&mut self, value: T, now: Millis) {
        let at = if now > self.at {
            now
        } else {
            (self.at + 1.0).max(self.at.next_up())
        };
        *self = Self { value, at };
    }
}

impl<T> Stamped<T> {
    /// Brings a stamp later than `now` + [`FUTURE_MARGIN`] back to `now`; true if it was.
    pub fn clamp_future(&mut self, now: Millis) -> bool {
        clamp_millis(&mut self.at, now)
    }
}

/// How far ahead of the caller's clock a stamp may be (another computer's clock a little
/// fast) before it is taken for a wrong one: 5 minutes.
pub const FUTURE_MARGIN: Millis = 5.0 * 60.0 * 1000.0;

/// [`Stamped::clamp_future`] for a bare stamp.
pub fn clamp_millis(at: &mut Millis, now: Millis) -> bool {
    let wrong = *at > now + FUTURE_MARGIN;
    if wrong {
        *at = now;
    }
    wrong
}

impl<T: Ord + Clone> Stamped<T> {
    /// Last writer wins; on equal stamps the larger value wins, so merging is
    /// commutative and gives the same result in every tab.
    pub fn merge(&self, other: &Self) -> Self {
        let ord = self
            .at
            .total_cmp(&other.at)
            .then_with(|| self.value.cmp(&other.value));
        if ord == Ordering::Less {
            other.clone()
        } else {
            self.clone()
        }
    }
}

/// Two maps of stamped values merged key by key: each key's later stamp wins (see
/// [`Stamped::merge`]); a key in one map only is kept.
pub(crate) fn merge_stamped_maps<T: Ord + Clone>(
    a: &std::collections::BTreeMap<String, Stamped<T>>,
    b: &std::collections::BTreeMap<String, Stamped<T>>,
) -> std::collections::BTreeMap<String, Stamped<T>> {
    let mut out = a.clone();
    for (k, vb) in b {
        let v = match a.get(k) {
            Some(va) => va.merge(vb),
            None => vb.clone(),
        };
        out.insert(k.clone(), v);
    }
    out
}

/// Writes a stamp as an integer when it is one (the usual case) for compactness.
pub(crate) fn write_millis<S: Serializer>(at: &Millis, s: S) -> Result<S::Ok, S::Error> {
    let at = *at;
    if at.fract() == 0.0 && at.abs() < 9.0e15 {
        s.serialize_i64(at as i64)
    } else {
        s.serialize_f64(at)
    }
}

impl<T: Serialize> Serialize for Stamped<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct At(Millis);
        impl Serialize for At {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                write_millis(&self.0, s)
            }
        }
        (&self.value, At(self.at)).serialize(s)
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Stamped<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (value, at) = <(T, f64)>::deserialize(d)?;
        Ok(Self { value, at })
    }
}
