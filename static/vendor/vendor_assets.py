"""Copy the map's JavaScript and CSS from npm packages into static/vendor/, so no page fetches a CDN.

Sources (``npm pack`` from the npm registry, no install scripts run), each with its licence file:

* ``leaflet@1.9.4`` (BSD-2-Clause): leaflet.js, leaflet.css, images/
* ``leaflet.markercluster@1.5.3`` (MIT): leaflet.markercluster.js, MarkerCluster.css, MarkerCluster.Default.css
* ``leaflet.fullscreen@3.0.0`` (MIT): Control.FullScreen.js, Control.FullScreen.css, icon-fullscreen.svg

Run: ``python static/vendor/vendor_assets.py`` (needs ``npm`` on PATH).
"""

import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGES = {
    "leaflet@1.9.4": ("leaflet", ["dist/leaflet.js", "dist/leaflet.css", "dist/images", "LICENSE"]),
    "leaflet.markercluster@1.5.3": ("markercluster", ["dist/leaflet.markercluster.js", "dist/MarkerCluster.css",
                                                      "dist/MarkerCluster.Default.css", "MIT-LICENCE.txt"]),
    "leaflet.fullscreen@3.0.0": ("fullscreen", ["Control.FullScreen.js", "Control.FullScreen.css",
                                                "icon-fullscreen.svg", "LICENSE"]),
}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for spec, (folder, files) in PACKAGES.items():
            name = subprocess.run(["npm", "pack", spec, "--silent"], cwd=tmp, check=True, capture_output=True,
                                  text=True).stdout.strip().splitlines()[-1]
            unpacked = Path(tmp) / folder
            with tarfile.open(Path(tmp) / name) as tar:
                tar.extractall(unpacked, filter="data")
            target = HERE / folder
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True)
            for rel in files:
                source = unpacked / "package" / rel
                if source.is_dir():
                    shutil.copytree(source, target / source.name)
                else:
                    shutil.copy2(source, target / source.name)
            print(f"{spec} -> static/vendor/{folder}")


if __name__ == "__main__":
    main()
