//! The end-to-end tests are the `[[test]]` targets of this crate (see Cargo.toml); this library is empty.
