//! The runtimes a job can ask for (`runtime` of `POST /jobs`), as data: each one's image, its
//! Python and packages, the limits it needs, and what its run-time wall allows beyond the
//! standard library's. `GET /runtimes` lists them; docs/runtimes.md describes each.

use std::sync::LazyLock;

/// The runtime of a job that names none.
pub const DEFAULT: &str = "python";

/// A package of a runtime beyond the standard library, at the version its image holds.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Package {
    #[cfg_attr(feature = "openapi", schema(example = "numpy"))]
    pub name: String,
    #[cfg_attr(feature = "openapi", schema(example = "1.24.2"))]
    pub version: String,
}

/// One runtime: an execution image and what a job in it gets.
#[derive(Debug, Clone, PartialEq)]
pub struct Runtime {
    /// Its name in `runtime` and in RUNTIMES.
    pub name: &'static str,
    pub description: &'static str,
    /// The interpreter's `major.minor` (CPython, the parser's grammar).
    pub python_version: &'static str,
    /// Packages beyond the standard library.
    pub packages: Vec<Package>,
    /// The variable naming its image, and the image when the variable is unset.
    pub image_var: &'static str,
    pub default_image: &'static str,
    /// The least memory a job of it gets, whatever MEMORY_LIMIT says: what its interpreter
    /// needs with its packages loaded (docs/runtimes.md has the measurement).
    pub min_memory_bytes: i64,
    /// Environment every container of it gets, beyond the worker's own.
    pub env: &'static [(&'static str, &'static str)],
    /// Modules the program may import beyond the standard library's allow-list (each with the
    /// reason it is allowed, as the policy's tables give one).
    pub modules: &'static [(&'static str, &'static str)],
}

/// The package list of the python-data image, shared with runtime/build-image.sh.
const PYTHON_DATA_PACKAGES: &str = include_str!("../../../runtime/python-data.packages");

/// `name version` lines; `#` starts a comment.
fn packages(list: &str) -> Vec<Package> {
    list.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(|line| {
            let (name, version) = line
                .split_once(' ')
                .expect("runtime/*.packages: each line is `name version`");
            Package {
                name: name.trim().to_string(),
                version: version.trim().to_string(),
            }
        })
        .collect()
}

static RUNTIMES: LazyLock<Vec<Runtime>> = LazyLock::new(|| {
    vec![
        Runtime {
            name: "python",
            description: "CPython 3.11 and its standard library",
            python_version: "3.11",
            packages: Vec::new(),
            image_var: "RUNTIME_IMAGE",
            default_image: "sandbox-runtime:latest",
            min_memory_bytes: 0,
            env: &[],
            modules: &[],
        },
        Runtime {
            name: "python-data",
            description: "CPython 3.11 with numpy, pandas, matplotlib (Agg backend) and scipy",
            python_version: "3.11",
            packages: packages(PYTHON_DATA_PACKAGES),
            image_var: "RUNTIME_IMAGE_PYTHON_DATA",
            default_image: "sandbox-runtime-data:latest",
            min_memory_bytes: PYTHON_DATA_MIN_MEMORY,
            // SECURITY: no thread the kernel filter does not cover — OpenBLAS starts a thread
            // per CPU when numpy is imported, before the filter is installed (it binds the
            // thread that installs it, not its siblings); one thread means none.
            env: &[
                ("OPENBLAS_NUM_THREADS", "1"),
                ("OMP_NUM_THREADS", "1"),
                ("MKL_NUM_THREADS", "1"),
                ("MPLBACKEND", "Agg"),
            ],
            modules: &[],
        },
    ]
});

/// What a python-data job gets at least (docs/runtimes.md): the measured peak of its imports
/// and a small analysis (a 10 000-row describe() and a saved line plot) is 113 MiB; twice
/// that, rounded up, leaves room for the program's data.
const PYTHON_DATA_MIN_MEMORY: i64 = 256 << 20;

/// Every runtime, the default first.
pub fn all() -> &'static [Runtime] {
    &RUNTIMES
}

/// The runtime of that name.
pub fn find(name: &str) -> Option<&'static Runtime> {
    all().iter().find(|runtime| runtime.name == name)
}

/// The default runtime.
pub fn default_runtime() -> &'static Runtime {
    find(DEFAULT).expect("the default runtime is in the registry")
}

/// The names of every runtime, quoted, for an error message: `"python", "python-data"`.
pub fn names() -> String {
    all()
        .iter()
        .map(|runtime| format!("{:?}", runtime.name))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_first_and_names_are_unique() {
        assert_eq!(all()[0].name, DEFAULT);
        let mut names: Vec<_> = all().iter().map(|r| r.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), all().len());
        assert!(find("python-data").is_some());
        assert!(find("Python").is_none());
    }

    #[test]
    fn the_package_list_is_read_from_its_file() {
        let list = packages("# comment\nnumpy 1.24.2\n\n pandas  1.5.3 # why\n");
        assert_eq!(
            list,
            vec![
                Package {
                    name: "numpy".into(),
                    version: "1.24.2".into()
                },
                Package {
                    name: "pandas".into(),
                    version: "1.5.3".into()
                },
            ]
        );
        let data = find("python-data").unwrap();
        for name in ["numpy", "pandas", "matplotlib", "scipy"] {
            assert!(data.packages.iter().any(|p| p.name == name), "{name}");
        }
    }
}
