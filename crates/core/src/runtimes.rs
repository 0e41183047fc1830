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
    /// Attribute names its programs may not use, beyond the standard library's (module-attribute:
    /// refused as an attribute of anything, with or without leading underscores, and by the
    /// run-time wall's guarded getattr/setattr when computed), each with its reason.
    pub refused_attributes: &'static [(&'static str, &'static str)],
    /// Names a class of the program may not define (dunder-access): protocols through which
    /// the runtime's native code trusts what the program's object says.
    pub refused_class_members: &'static [(&'static str, &'static str)],
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
            refused_attributes: &[],
            refused_class_members: &[],
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
            modules: PYTHON_DATA_MODULES,
            refused_attributes: PYTHON_DATA_REFUSED_ATTRIBUTES,
            refused_class_members: PYTHON_DATA_REFUSED_CLASS_MEMBERS,
        },
    ]
});

/// The modules of the python-data runtime a program may import (docs/policy.md, "The
/// python-data runtime"). Each was read as the standard library's were: what it does on the
/// program's behalf. A package's submodules are listed on their own, as the standard
/// library's are; what the packages import for themselves (numpy.core, pandas.io.*,
/// matplotlib.backends.backend_agg) is loaded before the program runs and is theirs.
const PYTHON_DATA_MODULES: &[(&str, &str)] = &[
    (
        "numpy",
        "arrays and their arithmetic; ctypeslib, stride tricks, memmap, pickles and the array \
         interface are refused (PYTHON_DATA_REFUSED_ATTRIBUTES)",
    ),
    (
        "numpy.linalg",
        "linear algebra on arrays (LAPACK behind checked wrappers)",
    ),
    (
        "numpy.random",
        "random generators; their ctypes/cffi/capsule doors are refused",
    ),
    ("numpy.fft", "discrete Fourier transforms"),
    ("numpy.polynomial", "polynomial classes and fitting"),
    ("numpy.ma", "masked arrays"),
    (
        "pandas",
        "data frames; pickles, HTML/XML/SQL/clipboard readers and string evaluation (eval, \
         query) are refused; read_csv of a URL fails (no socket, no urllib)",
    ),
    (
        "matplotlib",
        "plotting under the Agg backend; backends other than those loaded before the program \
         cannot be imported, and animation writers (ffmpeg, ImageMagick) are refused",
    ),
    (
        "matplotlib.pyplot",
        "the plotting interface; switch_backend is refused",
    ),
    ("matplotlib.colors", "colour maps and normalisation"),
    ("matplotlib.ticker", "tick locators and formatters"),
    ("matplotlib.dates", "date ticks"),
    ("matplotlib.patches", "shapes"),
    ("matplotlib.lines", "line artists"),
    ("matplotlib.cm", "colour maps"),
    ("matplotlib.gridspec", "subplot layouts"),
    (
        "scipy",
        "scientific routines; LowLevelCallable (native function pointers) and the raw \
         BLAS/LAPACK wrappers are refused",
    ),
    ("scipy.stats", "distributions and tests"),
    (
        "scipy.optimize",
        "minimisation and root finding with the program's Python functions",
    ),
    ("scipy.interpolate", "interpolation"),
    (
        "scipy.linalg",
        "linear algebra; its raw blas/lapack modules and get_*_funcs are refused",
    ),
    ("scipy.signal", "signal processing"),
    ("scipy.integrate", "integration of the program's Python functions"),
    ("scipy.special", "special functions"),
    ("scipy.fft", "Fourier transforms"),
    ("scipy.spatial", "k-d trees, distances, hulls"),
    (
        "scipy.sparse",
        "sparse matrices (no file formats beyond numpy's own npz)",
    ),
    ("scipy.ndimage", "n-dimensional image filters"),
    ("scipy.cluster", "clustering (vq, hierarchy)"),
    ("scipy.constants", "physical constants"),
];

/// Attributes of the python-data runtime refused as module-attribute names (docs/policy.md).
/// SECURITY: each is a door of the packages' that the standard library's list does not cover:
/// native memory (pointers, strides, mapped files), native function pointers, pickles, string
/// evaluation, URLs, processes.
const PYTHON_DATA_REFUSED_ATTRIBUTES: &[(&str, &str)] = &[
    (
        "ctypeslib",
        "numpy's ctypes bridge: arrays over any address, native libraries loaded by path",
    ),
    (
        "as_strided",
        "a view with any strides: reads and writes memory past the array's buffer",
    ),
    ("stride_tricks", "numpy's module of as_strided"),
    (
        "__array_interface__",
        "a data pointer as an integer: read it to learn addresses, give it to read or write any \
         address",
    ),
    (
        "__array_struct__",
        "a capsule of the array's C struct: its data pointer",
    ),
    ("byte_bounds", "an array's memory addresses"),
    ("memmap", "maps a file into memory (mmap)"),
    ("open_memmap", "maps a .npy file into memory (mmap)"),
    ("capsule", "a random generator's C state and function pointers"),
    ("cffi", "a random generator's C interface through cffi"),
    ("DataSource", "numpy's reader of files and URLs (urllib)"),
    ("lookfor", "imports modules by name to search their docs"),
    ("f2py", "builds and loads native extensions (compiler processes)"),
    ("distutils", "build tooling: compilers, processes"),
    (
        "testing",
        "test helpers: running processes (numpy.testing), pytest runners",
    ),
    ("read_pickle", "unpickles a file: any callable"),
    ("to_pickle", "pickles data for read_pickle"),
    ("read_html", "fetches URLs and parses HTML with optional parsers"),
    ("read_xml", "fetches URLs, XSLT"),
    ("to_xml", "XSLT stylesheets"),
    (
        "read_clipboard",
        "runs clipboard processes (xclip, xsel, pbpaste)",
    ),
    ("to_clipboard", "runs clipboard processes (xclip, xsel, pbcopy)"),
    ("read_sql", "database connections"),
    ("read_sql_query", "database connections"),
    ("read_sql_table", "database connections"),
    ("to_sql", "database connections"),
    ("read_gbq", "network service"),
    ("to_gbq", "network service"),
    ("read_hdf", "HDF5 stores hold pickles"),
    ("to_hdf", "HDF5 stores hold pickles"),
    ("HDFStore", "HDF5 stores hold pickles"),
    (
        "eval",
        "pandas.eval and DataFrame.eval evaluate expression strings against the caller's frame",
    ),
    (
        "query",
        "DataFrame.query evaluates an expression string against the caller's frame",
    ),
    ("show_versions", "imports every optional dependency by name"),
    (
        "switch_backend",
        "imports a backend module by name (GUI toolkits, processes)",
    ),
    (
        "animation",
        "matplotlib's animation writers run ffmpeg and ImageMagick processes",
    ),
    (
        "LowLevelCallable",
        "scipy's native function pointers, called with the library's arguments",
    ),
    ("from_cython", "native function pointers of a module's C API"),
    (
        "blas",
        "raw BLAS wrappers: native routines with caller-given sizes and offsets",
    ),
    (
        "lapack",
        "raw LAPACK wrappers: native routines with caller-given sizes",
    ),
    ("get_blas_funcs", "raw BLAS wrappers"),
    ("get_lapack_funcs", "raw LAPACK wrappers"),
    ("cython_blas", "BLAS function pointers"),
    ("cython_lapack", "LAPACK function pointers"),
    ("lapack_lite", "numpy's raw LAPACK wrappers"),
    // SECURITY: adversary round 30a walked pandas.core.computation.scope.Scope(level=N) up to
    // the launcher's frame and copied its globals (the real os and sys), and evaluated a string
    // through pandas.core.computation.expr.Expr past the refused eval/query.
    (
        "core",
        "the packages' internals (pandas.core.computation reads its caller's frames and \
         evaluates strings; numpy.core holds the C entry points the public names wrap)",
    ),
    (
        "computation",
        "pandas' expression engine: reads its caller's frames, evaluates strings",
    ),
    (
        "Scope",
        "pandas' expression scope: copies a frame's globals and locals",
    ),
    (
        "ensure_scope",
        "pandas' expression scope: copies a frame's globals and locals",
    ),
    ("Expr", "pandas' expression parser and evaluator: runs a string"),
    (
        "compat",
        "the packages' compatibility layers (pandas.compat.pickle_compat unpickles, \
         numpy.compat holds os and pickle)",
    ),
    (
        "cbook",
        "matplotlib's helper module: holds pathlib, subprocess helpers and file openers",
    ),
    (
        "io",
        "pandas.io and scipy.io as attributes: their modules hold zipfile, urllib, pickle, \
         mmap (the readers a program needs are pandas' top-level read_* functions)",
    ),
    (
        "resize",
        "ndarray.resize(refcheck=False) frees the buffer under the views that still read \
         it: a read and write of freed memory (round 30a); np.pad, np.tile or slicing instead",
    ),
    (
        "from_dlpack",
        "numpy trusts the capsule an object's __dlpack__ returns: its data pointer",
    ),
];

/// What a class of the program may not define under python-data (dunder-access).
/// SECURITY: numpy reads these protocols of any object it converts (np.asarray) from its own C
/// code, on the object's word: a data pointer and strides of the program's choosing are a read
/// and write of any address.
const PYTHON_DATA_REFUSED_CLASS_MEMBERS: &[(&str, &str)] = &[
    (
        "__array_interface__",
        "numpy trusts its data pointer: memory read/write at any address",
    ),
    (
        "__array_struct__",
        "numpy trusts the C struct in the capsule: memory read/write at any address",
    ),
    (
        "__dlpack__",
        "numpy.from_dlpack trusts the capsule it returns: its data pointer",
    ),
    (
        "__getattr__",
        "answers any name numpy's C code asks for, the array interface included (round 30a)",
    ),
    (
        "__getattribute__",
        "answers any name numpy's C code asks for, the array interface included",
    ),
];

/// What a python-data job gets at least (docs/runtimes.md): the measured peak of its imports
/// and a small analysis (a 10 000-row describe() and a saved line plot) is 113 MiB, and a
/// batch holds the launcher's parent (the packages loaded) beside each case's forked process,
/// which copies what it touches: at 256 MiB the second case was killed (adversary round 31b).
const PYTHON_DATA_MIN_MEMORY: i64 = 512 << 20;

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
