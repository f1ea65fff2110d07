//! Just enough of the ZIP format (APPNOTE 6.3) to take parts out of a .docx: the
//! central directory is read from the end of the file, a part is found by its name and
//! inflated with `miniz_oxide` (stored and deflated parts, the only methods Word and WPS
//! write), and its CRC-32 is checked so that a damaged file is told as such.
//!
//! Written here rather than taken from the `zip` crate: a .docx needs none of its
//! writing, encryption, ZIP64 or other methods, and this is a fraction of its size in
//! the worker's wasm.

use super::DocxError;

const END_OF_DIRECTORY: u32 = 0x0605_4b50;
const DIRECTORY_ENTRY: u32 = 0x0201_4b50;
const LOCAL_HEADER: u32 = 0x0403_4b50;

/// No part of a real document comes near this; a "zip bomb" stops here.
const MAX_PART: usize = 256 << 20;

/// One part listed in the central directory.
#[derive(Debug, Clone)]
struct Entry {
    name: String,
    method: u16,
    flags: u16,
    crc: u32,
    compressed: usize,
    size: usize,
    local_offset: usize,
}

/// A ZIP archive in memory.
pub struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

impl<'a> Archive<'a> {
    /// Reads the central directory; a file cut short or not a ZIP is `Damaged`.
    pub fn open(bytes: &'a [u8]) -> Result<Self, DocxError> {
        // The end record is the last 22 bytes, unless a comment (≤ 65,535 bytes) follows.
        let earliest = bytes.len().saturating_sub(22 + 0xFFFF);
        let end = (earliest..=bytes.len().saturating_sub(22))
            .rev()
            .find(|&at| u32_at(bytes, at) == Some(END_OF_DIRECTORY))
            .ok_or(DocxError::Damaged)?;
        let count = usize::from(u16_at(bytes, end + 10).ok_or(DocxError::Damaged)?);
        let mut at = u32_at(bytes, end + 16).ok_or(DocxError::Damaged)? as usize;
        let mut entries = Vec::with_capacity(count);
        for _ in 0..count {
            if u32_at(bytes, at) != Some(DIRECTORY_ENTRY) {
                return Err(DocxError::Damaged);
            }
            let field = |off: usize| u16_at(bytes, at + off).ok_or(DocxError::Damaged);
            let long = |off: usize| u32_at(bytes, at + off).ok_or(DocxError::Damaged);
            let name_len = usize::from(field(28)?);
            let extra_len = usize::from(field(30)?);
            let comment_len = usize::from(field(32)?);
            let name = bytes
                .get(at + 46..at + 46 + name_len)
                .ok_or(DocxError::Damaged)?;
            entries.push(Entry {
                name: String::from_utf8_lossy(name).replace('\\', "/"),
                flags: field(8)?,
                method: field(10)?,
                crc: long(16)?,
                compressed: long(20)? as usize,
                size: long(24)? as usize,
                local_offset: long(42)? as usize,
            });
            at += 46 + name_len + extra_len + comment_len;
        }
        Ok(Archive { bytes, entries })
    }

    /// Whether a part of that name is listed (names compare without case, as Office does).
    pub fn has(&self, name: &str) -> bool {
        self.entry(name).is_some()
    }

    fn entry(&self, name: &str) -> Option<&Entry> {
        let name = name.trim_start_matches('/');
        self.entries
            .iter()
            .find(|e| e.name.trim_start_matches('/').eq_ignore_ascii_case(name))
    }

    /// The bytes of a part, `None` when it is not in the archive.
    pub fn read(&self, name: &str) -> Result<Option<Vec<u8>>, DocxError> {
        let Some(entry) = self.entry(name) else {
            return Ok(None);
        };
        if entry.flags & 1 != 0 {
            return Err(DocxError::Encrypted);
        }
        let local = entry.local_offset;
        if u32_at(self.bytes, local) != Some(LOCAL_HEADER) {
            return Err(DocxError::Damaged);
        }
        let name_len = usize::from(u16_at(self.bytes, local + 26).ok_or(DocxError::Damaged)?);
        let extra_len = usize::from(u16_at(self.bytes, local + 28).ok_or(DocxError::Damaged)?);
        let start = local + 30 + name_len + extra_len;
        let data = self
            .bytes
            .get(start..start.saturating_add(entry.compressed))
            .ok_or(DocxError::Damaged)?;
        let out = match entry.method {
            0 => data.to_vec(),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_PART)
                .map_err(|_| DocxError::Damaged)?,
            _ => return Err(DocxError::Unsupported),
        };
        if out.len() != entry.size || crc32(&out) != entry.crc {
            return Err(DocxError::Damaged);
        }
        Ok(Some(out))
    }
}

/// CRC-32 (IEEE 802.3, as ZIP uses it), bytewise with a table built once per call.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut table = [0u32; 256];
    for (i, slot) in table.iter_mut().enumerate() {
        let mut c = i as u32;
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
        *slot = c;
    }
    !bytes.iter().fold(!0u32, |c, &b| {
        table[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_of_known_strings() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    #[test]
    fn not_a_zip_is_damaged() {
        assert!(matches!(
            Archive::open(b"PK\x03\x04 cut short"),
            Err(DocxError::Damaged)
        ));
    }
}
