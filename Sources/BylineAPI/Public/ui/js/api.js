// The one place that talks to the Byline API (shapes in API.md). Every failure becomes an
// ApiError with the status, code and message the server sent, or a network description.

export class ApiError extends Error {
  constructor(status, code, message, parameter = null) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.parameter = parameter;
  }
}

export class ApiClient {
  /** `base` is "" for the origin that served the page, or an absolute http(s) URL. */
  constructor(base = "") {
    this.base = base.replace(/\/+$/, "");
  }

  /** The API named by the page's `?api=` parameter (for a page served elsewhere), else same origin. */
  static fromLocation(location) {
    const requested = new URLSearchParams(location.search).get("api");
    if (!requested) return new ApiClient("");
    let url;
    try {
      url = new URL(requested);
    } catch {
      throw new ApiError(0, "bad_api_url", `the api parameter is not a URL: ${requested}`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new ApiError(0, "bad_api_url", `the api parameter must be an http or https URL: ${requested}`);
    }
    return new ApiClient(url.origin + url.pathname);
  }

  /** GET `path` with `params` (null, undefined and "" values left out); resolves to the JSON body. */
  async get(path, params = {}, { signal } = {}) {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) {
      if (value !== null && value !== undefined && value !== "") query.append(name, String(value));
    }
    const text = query.toString();
    const url = `${this.base}${path}${text ? "?" + text : ""}`;
    let response;
    try {
      response = await fetch(url, { signal, headers: { Accept: "application/json" } });
    } catch (error) {
      if (error.name === "AbortError") throw error;
      throw new ApiError(0, "network_error", `cannot reach the API at ${this.base || location.origin}: ${error.message}`);
    }
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    if (!response.ok) {
      const error = body?.error;
      throw new ApiError(
        response.status,
        error?.code ?? "http_error",
        error?.message ?? `the API answered ${response.status} ${response.statusText}`,
        error?.parameter ?? null,
      );
    }
    if (body === null) throw new ApiError(response.status, "bad_json", `the API sent no JSON for ${path}`);
    return body;
  }

  /** Path segment for an id: ids are slugs, but a hand-typed URL may hold anything. */
  static segment(id) {
    return encodeURIComponent(id);
  }
}
