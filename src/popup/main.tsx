import "../domain/zod-config";
import { render } from "preact";
import { Popup } from "./popup";
import { uiLanguage } from "../ui/i18n";

document.documentElement.lang = uiLanguage();
const root = document.getElementById("app");
if (root) render(<Popup />, root);
