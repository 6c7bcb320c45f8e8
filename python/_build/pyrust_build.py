"""A PEP 517 build backend for the pyrust package, standard library only (no setuptools or
wheel needed, so `pip install ./python` works without a package index).

The wheel holds pyrust/*.py and py.typed. With the environment variable
PYRUST_BUNDLE_LIBRARY=/path/to/libpyrust.so.X (or the config setting bundle-library=...),
the library is copied in as pyrust/_lib/libpyrust.so.0 and the wheel is tagged for this
platform instead of py3-none-any: that is what `make wheel` builds.
"""
import base64
import hashlib
import io
import os
import re
import sysconfig
import tarfile
import zipfile

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))   # python/
PACKAGE = "pyrust"
BUNDLED_NAME = "libpyrust.so.0"


def _project():
    """name, version, description and requires-python from pyproject.toml's [project]."""
    with open(os.path.join(HERE, "pyproject.toml"), encoding="utf-8") as f:
        text = f.read()
    section = text.split("[project]", 1)[1].split("\n[", 1)[0]
    fields = dict(re.findall(r'^([\w-]+)\s*=\s*"([^"]*)"', section, flags=re.M))
    for key in ("name", "version"):
        if key not in fields:
            raise RuntimeError(f"pyproject.toml: [project] has no {key}")
    return fields


def _bundle(config_settings):
    path = (config_settings or {}).get("bundle-library") or os.environ.get("PYRUST_BUNDLE_LIBRARY")
    if path and not os.path.isfile(path):
        raise RuntimeError(f"pyrust_build: the library to bundle, {path}, does not exist")
    return path


def _platform_tag():
    return re.sub(r"[^A-Za-z0-9]", "_", sysconfig.get_platform())


def _package_files():
    """(archive name, path on disk) of the package's sources."""
    root = os.path.join(HERE, PACKAGE)
    for name in sorted(os.listdir(root)):
        if name.endswith(".py") or name == "py.typed":
            yield f"{PACKAGE}/{name}", os.path.join(root, name)


def _metadata(fields):
    lines = ["Metadata-Version: 2.1", f"Name: {fields['name']}", f"Version: {fields['version']}"]
    if "description" in fields:
        lines.append(f"Summary: {fields['description']}")
    if "requires-python" in fields:
        lines.append(f"Requires-Python: {fields['requires-python']}")
    return "\n".join(lines) + "\n"


class _Wheel:
    def __init__(self, path):
        self.zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED)
        self.record = []

    def add(self, name, data, mode=0o644):
        info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
        info.external_attr = (0o100000 | mode) << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        self.zip.writestr(info, data)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        self.record.append(f"{name},sha256={digest},{len(data)}")

    def close(self, record_name):
        self.record.append(f"{record_name},,")
        info = zipfile.ZipInfo(record_name, date_time=(2020, 1, 1, 0, 0, 0))
        info.external_attr = 0o100644 << 16
        self.zip.writestr(info, "\n".join(self.record) + "\n")
        self.zip.close()


def _build(wheel_directory, config_settings, editable):
    fields = _project()
    library = None if editable else _bundle(config_settings)
    tag = f"py3-none-{_platform_tag()}" if library else "py3-none-any"
    dist = f"{fields['name']}-{fields['version']}"
    filename = f"{dist}-{tag}.whl"
    wheel = _Wheel(os.path.join(wheel_directory, filename))
    if editable:
        # A .pth line puts python/ on sys.path: the sources are used in place.
        wheel.add(f"_{PACKAGE}_editable.pth", (HERE + "\n").encode())
    else:
        for name, path in _package_files():
            with open(path, "rb") as f:
                wheel.add(name, f.read())
        if library:
            with open(library, "rb") as f:
                wheel.add(f"{PACKAGE}/_lib/{BUNDLED_NAME}", f.read(), mode=0o755)
    info = f"{dist}.dist-info"
    wheel.add(f"{info}/METADATA", _metadata(fields).encode())
    wheel.add(f"{info}/WHEEL", (f"Wheel-Version: 1.0\nGenerator: pyrust_build\n"
                               f"Root-Is-Purelib: {'false' if library else 'true'}\nTag: {tag}\n").encode())
    wheel.close(f"{info}/RECORD")
    return filename


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def get_requires_for_build_editable(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    return _build(wheel_directory, config_settings, editable=False)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    return _build(wheel_directory, config_settings, editable=True)


def build_sdist(sdist_directory, config_settings=None):
    fields = _project()
    dist = f"{fields['name']}-{fields['version']}"
    filename = f"{dist}.tar.gz"
    with tarfile.open(os.path.join(sdist_directory, filename), "w:gz", format=tarfile.PAX_FORMAT) as tar:
        members = [("pyproject.toml", os.path.join(HERE, "pyproject.toml")),
                   ("_build/pyrust_build.py", os.path.abspath(__file__))] + list(_package_files())
        for name, path in members:
            tar.add(path, arcname=f"{dist}/{name}")
        pkg_info = _metadata(fields).encode()
        info = tarfile.TarInfo(f"{dist}/PKG-INFO")
        info.size = len(pkg_info)
        tar.addfile(info, io.BytesIO(pkg_info))
    return filename
