// Loaded by the background into Drift's own frame (from js.driftt.com), once detection inside it
// recognised the widget.
import { startChatRecorder } from "../chat-recorder";
import { driftAdapter } from "../vendors/drift";

startChatRecorder(driftAdapter);
