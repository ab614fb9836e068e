// Who wrote a message, guessed from what any chat widget shows: its words (data attributes, classes),
// the author's label ("You", "Vous") and, failing those, which side of the conversation it sits on.
import type { ChatSide } from "../../domain/chat/transcript";

const PERSON_LABEL = /^(you|me|myself|vous|moi|toi)$/i;
const WORDS: [ChatSide, RegExp][] = [
  ["system", /\b(system|notice|notification|event)\b/],
  ["bot", /\b(bot|chatbot|assistant|automated|automatic|virtual)\b/],
  ["person", /\b(visitor|customer|client|user|mine|me|self|own|outgoing|sent|right)\b/],
  ["agent", /\b(agent|operator|staff|support|advisor|adviser|conseiller|human|incoming|received|left)\b/],
];

/** Words of a class name or attribute value ("msg--bot" → "msg bot", "fromUser" → "from user"). */
function words(value: string): string {
  return value.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().replace(/[^a-z]+/g, " ");
}

function sideFromWords(value: string): ChatSide | undefined {
  const said = words(value);
  for (const [side, pattern] of WORDS) if (pattern.test(said)) return side;
  return undefined;
}

/** Classes say what a message is; data attributes come second (data-status="sent" is not an author). */
function sideFromMarkup(element: Element): ChatSide | undefined {
  const fromClass = sideFromWords(element.getAttribute("class") ?? "");
  if (fromClass) return fromClass;
  for (const attribute of Array.from(element.attributes)) {
    if (!attribute.name.startsWith("data-") || attribute.name === "data-status") continue;
    const side = sideFromWords(attribute.value);
    if (side) return side;
  }
  return undefined;
}

function sideFromAlignment(element: Element): ChatSide | undefined {
  const view = element.ownerDocument.defaultView;
  if (!view) return undefined;
  const style = view.getComputedStyle(element);
  if (style.alignSelf === "flex-end" || style.alignSelf === "end" || style.textAlign === "right" || style.textAlign === "end" || style.marginLeft === "auto") return "person";
  if (style.alignSelf === "center" || style.textAlign === "center") return "system";
  return undefined;
}

export function guessSide(message: Element, author: string | undefined): ChatSide {
  if (author && PERSON_LABEL.test(author.trim())) return "person";
  const fromWords = sideFromMarkup(message) ?? (message.firstElementChild ? sideFromMarkup(message.firstElementChild) : undefined);
  if (fromWords) return fromWords;
  if (author && /\b(bot|assistant)\b/i.test(author)) return "bot";
  // The person's own messages sit on the right in nearly every chat; the rest answer them.
  return sideFromAlignment(message) ?? "agent";
}
