// The corpus module: loading folders, linking entities across articles, the repository.
