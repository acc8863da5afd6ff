// The API module: one controller per resource over the repository.
