// Names for entity ids that arrive in a URL (#/articles?entity=vladimir-putin), so filters
// show "Vladimir Putin" rather than a slug. Remembered for the page's lifetime.

const names = new Map();

export function rememberEntity(entity) {
  if (entity?.id && entity?.name) names.set(entity.id, { id: entity.id, name: entity.name, type: entity.type });
}

/** {id, name, type} for an id; an unknown id gives {id, name: id, missing: true}. */
export async function entityFor(api, id, signal) {
  if (!id) return null;
  if (names.has(id)) return names.get(id);
  try {
    const entity = await api.get(`/entities/${encodeURIComponent(id)}`, {}, { signal });
    rememberEntity(entity);
    return names.get(id);
  } catch (error) {
    if (error.name === "AbortError") throw error;
    if (error.status === 404) return { id, name: id, missing: true };
    throw error;
  }
}
