// Loaded by the background into Zendesk's messaging window (a frame the widget writes itself), once
// detection inside it recognised the widget.
import { startChatRecorder } from "../chat-recorder";
import { zendeskAdapter } from "../vendors/zendesk";

startChatRecorder(zendeskAdapter);
