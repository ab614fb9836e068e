// Loaded by the background into Intercom's Messenger frame (written by the page's script), once
// detection inside it recognised the frame.
import { startChatRecorder } from "../chat-recorder";
import { intercomAdapter } from "../vendors/intercom";

startChatRecorder(intercomAdapter);
