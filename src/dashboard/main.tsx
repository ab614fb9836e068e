import "../domain/zod-config";
import { render } from "preact";
import { Dashboard } from "./dashboard";
import { t, uiLanguage } from "../ui/i18n";

document.documentElement.lang = uiLanguage();
document.title = t("dashboardTitle");
// Extension pages may keep their data even under storage pressure.
void navigator.storage?.persist?.().catch(() => false);
const root = document.getElementById("app");
if (root) render(<Dashboard />, root);
