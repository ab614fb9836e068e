// Loaded by the background into Freshchat's own frame (iframe#fc_widget), once detection inside it
// recognised the widget.
import { startChatRecorder } from "../chat-recorder";
import { freshchatAdapter } from "../vendors/freshchat";

startChatRecorder(freshchatAdapter);
