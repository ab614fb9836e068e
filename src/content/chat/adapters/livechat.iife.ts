// Loaded by the background into LiveChat's own frame, once detection inside it recognised the widget.
import { startChatRecorder } from "../chat-recorder";
import { liveChatAdapter } from "../vendors/livechat";

startChatRecorder(liveChatAdapter);
