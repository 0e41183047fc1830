//! The validator (docs/policy.md) against CPython 3.11 and through the real pipeline: syntax
//! verdicts agree with `compile()` over a corpus, ordinary programs are accepted and run, and
//! hostile input is answered with a 422, never a 500.
use sandbox_testkit as support;

mod accepted;
mod cpython;
mod hostile;
mod python_data;
