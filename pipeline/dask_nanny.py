"""Loaded in a Dask nanny before it starts its workers (`dask worker ... --preload-nanny pipeline.dask_nanny`, see
README): the workers it starts run with :data:`pipeline.dask_runner.WORKER_CONFIG`, as ``--dask local``'s do.

The nanny reads the settings when it is created, so they are set on import, in the nanny's process only.
"""

import dask

from .dask_runner import WORKER_CONFIG

dask.config.set(WORKER_CONFIG)
