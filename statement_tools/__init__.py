"""The developer's tools: set-up, the build and preview commands, the offline bundle, quality gates and audits,
screenshots, the search evaluation, the engine check, and the benchmark in a package of its own.
Never imported by a build."""
