//! The Lua scripts of `scripts/`, each loaded once, and called with its KEYS and ARGV named.
//!
//! Every script starts by binding its KEYS and ARGV to named locals (`local stream = KEYS[1]`);
//! [`Lua`] lists the same names in the same order, [`Call`] fills them in by name and refuses
//! (panics: a programming error) a name out of order or a layout left incomplete, and a test
//! checks that each script's bindings are the names its [`Lua`] declares.

use std::sync::LazyLock;

use redis::{FromRedisValue, Script, ScriptInvocation, ToRedisArgs};

/// A script and the names of its KEYS and ARGV, in order.
pub(super) struct Lua {
    script: LazyLock<Script>,
    /// Read by the test that checks the bindings.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) source: &'static str,
    pub(super) keys: &'static [&'static str],
    pub(super) args: &'static [&'static str],
}

/// `lua!("file.lua", keys: [...], args: [...])`: a [`Lua`] for `scripts/file.lua`, its source
/// built into the binary and its SHA1 computed on first use.
macro_rules! lua {
    ($file:literal, keys: [$($key:literal),* $(,)?], args: [$($arg:literal),* $(,)?] $(,)?) => {
        $crate::queue::script::Lua::new(
            include_str!(concat!("scripts/", $file)),
            || redis::Script::new(include_str!(concat!("scripts/", $file))),
            &[$($key),*],
            &[$($arg),*],
        )
    };
}
pub(super) use lua;

impl Lua {
    pub(super) const fn new(
        source: &'static str,
        load: fn() -> Script,
        keys: &'static [&'static str],
        args: &'static [&'static str],
    ) -> Lua {
        Lua {
            script: LazyLock::new(load),
            source,
            keys,
            args,
        }
    }

    /// A call: every key, then every argument, each by its name.
    pub(super) fn call(&'static self) -> Call {
        Call {
            lua: self,
            invocation: self.script.prepare_invoke(),
            keys: 0,
            args: 0,
        }
    }
}

/// One invocation of a [`Lua`] script being filled in.
pub(super) struct Call {
    lua: &'static Lua,
    invocation: ScriptInvocation<'static>,
    keys: usize,
    args: usize,
}

impl Call {
    pub(super) fn key(mut self, name: &str, value: impl ToRedisArgs) -> Call {
        assert_eq!(self.args, 0, "{name}: every key comes before the arguments");
        assert_eq!(
            self.lua.keys.get(self.keys),
            Some(&name),
            "KEYS[{}]",
            self.keys + 1
        );
        self.invocation.key(value);
        self.keys += 1;
        self
    }

    pub(super) fn arg(mut self, name: &str, value: impl ToRedisArgs) -> Call {
        assert_eq!(
            self.keys,
            self.lua.keys.len(),
            "{name}: a key is missing before the arguments"
        );
        assert_eq!(
            self.lua.args.get(self.args),
            Some(&name),
            "ARGV[{}]",
            self.args + 1
        );
        self.invocation.arg(value);
        self.args += 1;
        self
    }

    pub(super) async fn invoke<T: FromRedisValue>(
        self,
        conn: &mut impl redis::aio::ConnectionLike,
    ) -> redis::RedisResult<T> {
        assert_eq!(
            (self.keys, self.args),
            (self.lua.keys.len(), self.lua.args.len()),
            "a script's layout left incomplete"
        );
        self.invocation.invoke_async(conn).await
    }
}

#[cfg(test)]
mod tests {
    use super::Lua;

    /// `(KEYS or ARGV, index, name)` of each `local name = KEYS[n]` line of a script.
    fn bindings(source: &str) -> Vec<(&str, usize, &str)> {
        source
            .lines()
            .filter_map(|line| {
                let (name, value) = line.strip_prefix("local ")?.split_once(" = ")?;
                let (table, index) = value.strip_suffix(']')?.split_once('[')?;
                matches!(table, "KEYS" | "ARGV").then(|| (table, index.parse().unwrap(), name))
            })
            .collect()
    }

    fn check(lua: &Lua) {
        let found = bindings(lua.source);
        let declared: Vec<(&str, usize, &str)> =
            (lua.keys.iter().enumerate().map(|(i, k)| ("KEYS", i + 1, *k)))
                .chain(lua.args.iter().enumerate().map(|(i, a)| ("ARGV", i + 1, *a)))
                .collect();
        assert_eq!(found, declared);
    }

    #[test]
    fn every_script_binds_the_names_its_caller_fills_in() {
        for lua in [
            &super::super::admission::ENQUEUE,
            &super::super::admission::RATE_LIMIT,
            &super::super::admission::WITHDRAW,
            &super::super::consumer::CLAIM,
            &super::super::jobs::MARK_RUNNING,
            &super::super::jobs::FINISH,
            &super::super::consumer::TRIM,
            &super::super::webhooks::CLAIM,
            &super::super::webhooks::SETTLE,
        ] {
            check(lua);
        }
    }

    #[test]
    fn a_misnamed_binding_is_found() {
        static WRONG: Lua = crate::queue::script::lua!("mark_running.lua", keys: ["record"], args: [
            "status_field", "started_at_field", "running", "started_at", "completed", "failed",
        ]);
        assert!(std::panic::catch_unwind(|| check(&WRONG)).is_err());
    }
}
