// Loaded by the background into Salesforce's messaging frame (iframe#embeddedMessagingFrame), once
// detection inside it recognised the frame by its name.
import { startChatRecorder } from "../chat-recorder";
import { salesforceAdapter } from "../vendors/salesforce";

startChatRecorder(salesforceAdapter);
