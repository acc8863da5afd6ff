// The executable. `serve` and `extract` land with the shell work.
print("byline: not built yet")
