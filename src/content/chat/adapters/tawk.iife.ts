// Loaded by the background into Tawk.to's chat frame (written by the page's script), once detection
// inside it recognised the chat panel.
import { startChatRecorder } from "../chat-recorder";
import { tawkAdapter } from "../vendors/tawk";

startChatRecorder(tawkAdapter);
