// Keeps the target non-empty until its suites land.
import Testing
