import CCurl
// A libcurl client for integration tests lands with the HTTP engine work.
