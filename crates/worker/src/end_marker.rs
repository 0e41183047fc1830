//! The launcher's end marker (a NUL, the run's nonce, a NUL) found in a container's stderr
//! and kept out of the program's output; shared by a single run ([`crate::executor`]) and a
//! batch's cases ([`crate::batch`]).

use sandbox::sanitize::Sanitizer;
use tokio::sync::oneshot;

/// Finds the launcher's end marker in stderr and keeps it out of the program's output. The
/// bytes that could be the marker's beginning are held back until the next chunk tells.
///
/// What follows the marker is the launcher's alone (no program code runs after it): the files
/// the run left under `out/` ([`crate::artifacts`]), kept apart as the trailer, up to its cap.
pub(crate) struct EndMarker {
    marker: Vec<u8>,
    held: Vec<u8>,
    seen: Option<oneshot::Sender<()>>,
    /// Bytes after the marker, and how many are kept at most (the rest are dropped, so a
    /// flood cannot grow the worker's memory).
    trailer: Vec<u8>,
    trailer_cap: usize,
    found: bool,
}

impl EndMarker {
    pub(crate) fn new(marker: Vec<u8>, seen: oneshot::Sender<()>) -> EndMarker {
        EndMarker {
            marker,
            held: Vec::new(),
            seen: Some(seen),
            trailer: Vec::new(),
            trailer_cap: 0,
            found: false,
        }
    }

    /// Keeps up to `cap` bytes after the marker as the trailer (without: they are output).
    pub(crate) fn with_trailer(self, cap: usize) -> EndMarker {
        EndMarker {
            trailer_cap: cap,
            ..self
        }
    }

    fn keep_trailer(&mut self, bytes: &[u8]) {
        let room = self.trailer_cap.saturating_sub(self.trailer.len());
        self.trailer.extend_from_slice(&bytes[..bytes.len().min(room)]);
    }

    /// Feeds a chunk of stderr to `out`, less the marker; tells the executor when it is seen.
    pub(crate) fn feed(&mut self, chunk: &[u8], out: &mut Sanitizer) {
        if self.found && self.trailer_cap > 0 {
            return self.keep_trailer(chunk);
        }
        if self.seen.is_none() {
            return out.feed(chunk);
        }
        self.held.extend_from_slice(chunk);
        let at = self
            .held
            .windows(self.marker.len())
            .position(|window| window == self.marker);
        if let Some(at) = at {
            out.feed(&self.held[..at]);
            let after = self.held.split_off(at + self.marker.len());
            self.found = true;
            if self.trailer_cap > 0 {
                self.keep_trailer(&after);
            } else {
                out.feed(&after);
            }
            self.held.clear();
            if let Some(seen) = self.seen.take() {
                let _ = seen.send(());
            }
            return;
        }
        let keep = (1..self.marker.len())
            .rev()
            .find(|&k| self.held.ends_with(&self.marker[..k]))
            .unwrap_or(0);
        let cut = self.held.len() - keep;
        out.feed(&self.held[..cut]);
        self.held.drain(..cut);
    }

    /// The output ended: what was held back was output after all. Returns the trailer.
    pub(crate) fn finish(&mut self, out: &mut Sanitizer) -> Vec<u8> {
        out.feed(&self.held);
        self.held.clear();
        std::mem::take(&mut self.trailer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(chunks: &[&[u8]]) -> (String, bool) {
        let marker = b"\0abc\0".to_vec();
        let (seen, mut told) = oneshot::channel();
        let mut end = EndMarker::new(marker, seen);
        let mut out = Sanitizer::new(1024);
        for chunk in chunks {
            end.feed(chunk, &mut out);
        }
        end.finish(&mut out);
        (out.finish().text, told.try_recv().is_ok())
    }

    #[test]
    fn the_end_marker_is_found_across_chunks_and_kept_out_of_the_output() {
        assert_eq!(scan(&[b"err\n\0abc\0"]), ("err\n".to_string(), true));
        assert_eq!(scan(&[b"err\n\0a", b"b", b"c\0"]), ("err\n".to_string(), true));
        assert_eq!(scan(&[b"\0", b"abc\0"]), (String::new(), true));
    }

    #[test]
    fn what_only_looks_like_the_markers_beginning_is_output() {
        let (text, seen) = scan(&[b"x\0ab", b"d"]);
        assert!(!seen);
        assert!(text.starts_with('x') && text.ends_with("abd"), "{text:?}");
        let (text, seen) = scan(&[b"tail \0ab"]);
        assert!(!seen, "an unfinished marker at the end is output");
        assert!(text.starts_with("tail ") && text.ends_with("ab"), "{text:?}");
        let (_, seen) = scan(&[b"\0abd\0"]);
        assert!(!seen, "another nonce is not the marker");
    }

    #[test]
    fn what_follows_the_marker_is_the_trailer_and_never_more_than_its_cap() {
        let (seen, mut told) = oneshot::channel();
        let mut end = EndMarker::new(b"\0abc\0".to_vec(), seen).with_trailer(1000);
        let mut out = Sanitizer::new(1024);
        end.feed(b"err\n\0ab", &mut out);
        end.feed(b"c\0F 1 0\n", &mut out);
        // 100 MB after the marker, as a forged or runaway trailer would send: read and dropped.
        let flood = vec![b'x'; 1 << 20];
        for _ in 0..100 {
            end.feed(&flood, &mut out);
        }
        let trailer = end.finish(&mut out);
        assert!(told.try_recv().is_ok());
        assert_eq!(trailer.len(), 1000);
        assert!(trailer.starts_with(b"F 1 0\nxxx"));
        assert_eq!(out.finish().text, "err\n", "nothing after the marker is output");
    }
}
