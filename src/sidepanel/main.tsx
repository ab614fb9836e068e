import "../domain/zod-config";
import { render } from "preact";
import { SidePanel } from "./sidepanel";
import { t, uiLanguage } from "../ui/i18n";

document.documentElement.lang = uiLanguage();
document.title = t("sidePanelTitle");
const root = document.getElementById("app");
if (root) render(<SidePanel />, root);
