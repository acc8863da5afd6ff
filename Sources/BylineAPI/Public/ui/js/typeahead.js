import { ApiError } from "./api.js";
import { h } from "./dom.js";

let counter = 0;

/**
 * An entity picker on `/entities?q=` (a name prefix): the WAI-ARIA combobox pattern with a
 * list box. Arrow keys move through the suggestions, Enter picks, Escape closes; typing
 * waits a moment and cancels the previous request so a slow answer never replaces a newer one.
 *
 * `key` names the field (its id is "typeahead-KEY"); `entity` ({id, name}) is the current choice, shown in the field. Returns {element, input,
 * resolve}; `onPick(entity)` is called with each chosen entity.
 */
export function entityTypeahead({ api, key, label, placeholder, name = null, entity = null, type = null, onPick }) {
  const id = `typeahead-${key ?? ++counter}`;
  const input = h("input", {
    id,
    name,
    type: "text",
    class: "typeahead-input",
    role: "combobox",
    autocomplete: "off",
    spellcheck: "false",
    placeholder,
    value: entity?.name ?? "",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": `${id}-list`,
  });
  const list = h("ul", { id: `${id}-list`, class: "typeahead-list", role: "listbox", hidden: true, "aria-label": label });
  const status = h("div", { class: "visually-hidden", "aria-live": "polite" });
  let items = [];
  let active = -1;
  let timer = null;
  let controller = null;
  let picked = entity;

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    active = index;
    [...list.children].forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    if (index >= 0 && list.children[index]) {
      input.setAttribute("aria-activedescendant", list.children[index].id);
      list.children[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function pick(index) {
    const entity = items[index];
    if (!entity) return;
    input.value = entity.name;
    picked = entity;
    close();
    onPick(entity);
  }

  function show(found, message) {
    items = found;
    list.replaceChildren(
      ...found.map((entity, i) =>
        h(
          "li",
          {
            id: `${id}-option-${i}`,
            role: "option",
            class: "typeahead-option",
            "aria-selected": "false",
            "data-entity-id": entity.id,
            onmousedown: (event) => event.preventDefault(), // keep focus in the input
            onclick: () => pick(i),
          },
          h("span", { class: "typeahead-name" }, entity.name),
          h("span", { class: `type-badge type-${entity.type}` }, entity.type),
          h("span", { class: "typeahead-count" }, `${entity.mentionCount}×`),
        ),
      ),
    );
    if (found.length === 0) list.append(h("li", { class: "typeahead-empty", role: "presentation" }, message));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    status.textContent = found.length ? `${found.length} suggestions` : message;
    highlight(-1);
  }

  async function search(prefix) {
    controller?.abort();
    controller = new AbortController();
    try {
      const page = await api.get("/entities", { q: prefix, type, limit: 8 }, { signal: controller.signal });
      if (input.value.trim() === prefix) show(page.items, `No entity starts with “${prefix}”`);
    } catch (error) {
      if (error.name === "AbortError") return;
      show([], error instanceof ApiError ? error.message : String(error));
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (prefix === "") {
      controller?.abort();
      close();
      return;
    }
    timer = setTimeout(() => search(prefix), 150);
  });

  input.addEventListener("keydown", (event) => {
    const open = !list.hidden && items.length > 0;
    if (event.key === "ArrowDown" && open) {
      event.preventDefault();
      highlight((active + 1) % items.length);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === "Enter" && open) {
      // Enter without a highlighted suggestion takes the first: typing a name and pressing
      // Enter is the quickest way to filter.
      event.preventDefault();
      pick(active >= 0 ? active : 0);
    } else if (event.key === "Escape" && !list.hidden) {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener("blur", () => setTimeout(close, 100));

  /**
   * The entity the field names when its form is submitted: the one picked, else the best
   * match for the typed text (null when the field is empty); an ApiError when nothing matches.
   */
  async function resolve() {
    const text = input.value.trim();
    if (text === "") return null;
    if (picked && picked.name === text) return picked;
    const page = await api.get("/entities", { q: text, type, limit: 1 });
    if (page.items.length === 0) throw new ApiError(404, "not_found", `no entity matches “${text}”`);
    return page.items[0];
  }

  return {
    element: h("div", { class: "typeahead field" }, h("label", { for: id }, label), input, list, status),
    input,
    resolve,
  };
}
