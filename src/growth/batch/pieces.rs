//! The input cut into pieces of whole records while it is read, so the cores score
//! the first pieces while the rest is still coming in.

use std::io::Read;

use super::records::newlines;
use super::BatchError;

/// Input bytes per piece of work: enough rows to be worth a hand-over, small enough
/// that every core has pieces to take and the output comes out while the rest is read.
const PIECE_BYTES: usize = 1 << 18;

/// Hands out the input after its header in pieces, each starting where a record starts.
/// Until a quote is met no line break can sit inside a field, so a piece ends after the
/// last line break read; from the first quote on, the rest is read whole and cut where
/// the csv reader ends records.
pub(super) struct Pieces<R> {
    input: R,
    /// Read and not handed out yet; starts where a record starts.
    pending: Vec<u8>,
    ended: bool,
    /// The pieces cut by the csv reader once a quote was met.
    quoted: Option<std::vec::IntoIter<Vec<u8>>>,
}

impl<R: Read> Pieces<R> {
    /// Reads the header's record; returns it, the line breaks in it, and the pieces after.
    pub(super) fn after_header(
        input: R,
    ) -> Result<(csv::StringRecord, u64, Pieces<R>), BatchError> {
        let mut pieces = Pieces {
            input,
            pending: Vec::new(),
            ended: false,
            quoted: None,
        };
        while !pieces.ended && memchr::memchr(b'\n', &pieces.pending).is_none() {
            pieces.read_block()?;
        }
        // A quoted header may hold line breaks and run past this block: with a quote in
        // sight the rest is read now (the quoted path reads it whole anyway).
        let quote_seen = memchr::memchr(b'"', &pieces.pending).is_some();
        if quote_seen {
            pieces.read_rest()?;
        }
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(pieces.pending.as_slice());
        let header = reader.headers()?.clone();
        let body = usize::try_from(reader.position().byte())
            .unwrap_or(usize::MAX)
            .min(pieces.pending.len());
        let header_lines = newlines(pieces.pending.get(..body).unwrap_or_default());
        pieces.pending.drain(..body);
        if quote_seen {
            pieces.cut_quoted()?;
        }
        Ok((header, header_lines, pieces))
    }

    /// The next piece, `None` after the last.
    pub(super) fn next_piece(&mut self) -> Result<Option<Vec<u8>>, BatchError> {
        loop {
            if let Some(quoted) = &mut self.quoted {
                return Ok(quoted.next());
            }
            if self.ended || self.pending.len() >= PIECE_BYTES {
                let cut = if self.ended {
                    self.pending.len()
                } else {
                    memchr::memrchr(b'\n', &self.pending).map_or(0, |at| at + 1)
                };
                if cut > 0 || self.ended {
                    let rest = self.pending.split_off(cut);
                    let piece = std::mem::replace(&mut self.pending, rest);
                    return Ok((!piece.is_empty()).then_some(piece));
                }
            }
            let from = self.pending.len();
            self.read_block()?;
            if memchr::memchr(b'"', self.pending.get(from..).unwrap_or_default()).is_some() {
                self.cut_quoted()?;
            }
        }
    }

    fn read_block(&mut self) -> Result<(), BatchError> {
        let want = PIECE_BYTES as u64;
        let read = (&mut self.input)
            .take(want)
            .read_to_end(&mut self.pending)?;
        self.ended = (read as u64) < want;
        Ok(())
    }

    fn read_rest(&mut self) -> Result<(), BatchError> {
        self.input.read_to_end(&mut self.pending)?;
        self.ended = true;
        Ok(())
    }

    /// Reads the rest and cuts it where the csv reader ends records.
    fn cut_quoted(&mut self) -> Result<(), BatchError> {
        self.read_rest()?;
        let data = std::mem::take(&mut self.pending);
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(false)
            .from_reader(data.as_slice());
        let mut record = csv::ByteRecord::new();
        let mut cuts = vec![0];
        while let Ok(true) = reader.read_byte_record(&mut record) {
            let end = usize::try_from(reader.position().byte()).unwrap_or(data.len());
            if end - cuts.last().copied().unwrap_or(0) >= PIECE_BYTES {
                cuts.push(end);
            }
        }
        cuts.push(data.len());
        let pieces: Vec<Vec<u8>> = cuts
            .windows(2)
            .filter_map(|cut| data.get(*cut.first()?..*cut.get(1)?))
            .filter(|piece| !piece.is_empty())
            .map(<[u8]>::to_vec)
            .collect();
        self.quoted = Some(pieces.into_iter());
        Ok(())
    }
}
