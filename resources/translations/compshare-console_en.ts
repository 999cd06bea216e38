<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionVerdictText</name>
    <message>
        <source>The instance is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for this instance is on its way; wait for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare accepted the request at %1; waiting for the list to show it.</source>
        <extracomment>%1 is a time such as 14:02</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the last request was lost; waiting for the list to show whether it took effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation on this instance is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation holds this instance until %1 at the latest.</source>
        <extracomment>%1 is a time such as 14:12</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is %1; wait until that finishes.</source>
        <extracomment>%1 is a state such as &quot;Stopping&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s state is not known right now; refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do while the instance is %1.</source>
        <extracomment>%1 is a state such as &quot;Install Fail&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running instance can be stopped; this one is %1.</source>
        <extracomment>%1 is a state such as &quot;Stopped&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stopped instance can be started; this one is %1.</source>
        <extracomment>%1 is a state such as &quot;Running&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running instance can be rebooted; this one is %1.</source>
        <extracomment>%1 is a state such as &quot;Stopped&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a stopped instance can be released; stop it first. This one is %1.</source>
        <extracomment>%1 is a state such as &quot;Running&quot;. Release = delete the instance (释放/删除)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list was saved earlier; wait for CompShare&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the last request did not say whether it was applied; waiting for the list to show whether it took effect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the CompShare API: %1.</source>
        <extracomment>%1 is the system&apos;s description of the network failure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CompShare API did not answer within %1 seconds.</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the API was refused: %1.</source>
        <extracomment>%1 names the certificate problem, e.g. &quot;The certificate has expired&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API sent an answer the console cannot read: %1.</source>
        <extracomment>%1 says what was wrong with the answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API is limiting how fast requests may be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server had a problem (HTTP %1).</source>
        <extracomment>%1 is an HTTP status such as 503</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API answered with HTTP status %1.</source>
        <extracomment>%1 is an HTTP status such as 404</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key pair was rejected: the signature did not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation holds this instance; the lock lasts up to 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is in arrears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected image does not support this GPU type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are not enough resources right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has not been verified with a real name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CompShare service reported an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system date and any proxy that intercepts secure connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it persists, report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the private key (copy it again from the API key page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the public key and that it belongs to your CompShare account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the unpaid order in Order Management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the instance in Renewal Management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another GPU type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the real-name verification on the CompShare website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later, or contact CompShare technical support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; is not a valid web address.</source>
        <extracomment>%1 is the endpoint address the user or a setting gave</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for this computer (127.0.0.1, ::1, localhost), not for %1. Use an https:// address.</source>
        <extracomment>%1 is a host name; plain http would send the key signature unencrypted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must start with https:// (not %1://).</source>
        <extracomment>%1 is a URL scheme such as ftp</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no TotalCount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no UHostSet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UHostSet is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZoneInfo is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <extracomment>%1 is the JSON parser&apos;s message, %2 a byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image usage-time update task already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare refused the request: %1</source>
        <extracomment>%1 is the server&apos;s own message, shown verbatim</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for that task to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RetCode %1</source>
        <extracomment>%1 is the API&apos;s RetCode number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>%1 is the gateway&apos;s own message, verbatim</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <extracomment>%1 is the X-UCLOUD-REQUEST-UUID of the answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s answer contradicts itself: %1.</source>
        <extracomment>%1 says which parts of the answer disagree</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it persists, report it with the request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The request never left this computer, so nothing changed.</source>
        <extracomment>%1 is a whole sentence saying why, e.g. &quot;Could not reach the CompShare API: Connection closed.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has neither TotalCount nor UHostSet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoStopText</name>
    <message>
        <source>not available for spot instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-stop</source>
        <extracomment>Column title: when the server-side scheduled stop happens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left until CompShare stops the instance by its schedule (works while the console is closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <extracomment>Auto-stop column: the scheduled time has come, the stop is under way</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>Countdown to the scheduled stop; %1 is e.g. &quot;1 h 20 min&quot; or &quot;&lt; 1 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot instances cannot have a scheduled stop: the platform may reclaim them at any time, and CompShare refuses a schedule for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled stop. Schedule one with Instance ▸ Schedule stop… (Ctrl+Shift+T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare stops this instance at %1, even when the console is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scheduled stop</source>
        <extracomment>what a screen reader says for an empty Auto-stop cell</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle-stop · %1</source>
        <extracomment>Auto-stop column: stop when idle is on; %1 the idle time, e.g. &quot;30 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · idle %2</source>
        <extracomment>Auto-stop column, both set: %1 the countdown (&quot;in 1 h 20 min&quot;), %2 the idle time of stop when idle (&quot;30 min&quot;). Keep it short: the column is narrow.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when idle: stops it after its GPUs have been idle for %1, while the console runs (Instance ▸ Stop when idle…, Ctrl+Shift+I).</source>
        <extracomment>%1 an idle time, e.g. &quot;30 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scheduled stop; stops when idle for %1</source>
        <extracomment>screen reader, Auto-stop cell: %1 an idle time, e.g. &quot;30 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled stop %1; stops when idle for %2</source>
        <extracomment>screen reader, Auto-stop cell: %1 the countdown (&quot;in 1 h 20 min&quot;), %2 an idle time</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillText</name>
    <message>
        <source>%1/day</source>
        <extracomment>an amount billed by the day, e.g. &quot;¥48.00/day&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/month</source>
        <extracomment>an amount billed by the month, e.g. &quot;¥1,068.00/month&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/year</source>
        <extracomment>an amount billed by the year, e.g. &quot;¥11,280.00/year&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (period not known)</source>
        <extracomment>a price whose period is not known, as the instance&apos;s billing type is not known</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <extracomment>a lower bound: a part of the bill is not given; %1 e.g. &quot;¥0.10/h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed by the day, price not given</source>
        <extracomment>a disk billed by the day whose price CompShare did not give</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed by the month, price not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed by the year, price not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (billed %2; the API gives no unit)</source>
        <extracomment>a price the API gives without a unit; %2 is its billing type as sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price not given (billed %1)</source>
        <extracomment>a disk billed by a type the console does not know (%1, as sent), with no price</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute: price not given</source>
        <extracomment>the compute part of a bill: CompShare sent no InstancePrice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks: price not given (no disk price listed)</source>
        <extracomment>CompShare listed no disk with a price, though disks keep charging</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disks: at least %1; %n disk price(s) not given</source>
        <extracomment>%1 what the disks with a price add up to; %n disks without a price</extracomment>
        <translation>
            <numerusform>Disks: at least %1; %n disk price not given</numerusform>
            <numerusform>Disks: at least %1; %n disk prices not given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disks: %n disk price(s) not given</source>
        <translation>
            <numerusform>Disks: %n disk price not given</numerusform>
            <numerusform>Disks: %n disk prices not given</numerusform>
        </translation>
    </message>
    <message>
        <source>Disk %1, not part of the hourly figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: price not given</source>
        <extracomment>the image part of a bill: CompShare sent no CompShareImagePrice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So the figure is a lower bound: it adds up only the prices CompShare gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare sent no price for this instance: no cost is claimed, and it is left out of every total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So no figure is shown, and the instance is left out of every total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disks at least %1</source>
        <extracomment>what keeps charging while stopped: the disks, some without a price</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disks (price not given)</source>
        <extracomment>what keeps charging while stopped: the disks, whose price is not given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disks %1</source>
        <extracomment>what keeps charging while stopped: the disks, per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a disk %1</source>
        <extracomment>what keeps charging while stopped: a disk billed by day, month or year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image (price not given)</source>
        <extracomment>what keeps charging while stopped: the image, whose price is not given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1</source>
        <extracomment>what keeps charging while stopped: the paid image, per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute %1 (CompShare&apos;s price action; the listing gave no instance price)</source>
        <extracomment>the compute part from GetCompShareInstancePrice, as the listing sent no usable InstancePrice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute %1 (the listing&apos;s instance price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks %1 (CompShare&apos;s price action; the listing did not give every disk price)</source>
        <extracomment>the disks part from GetCompShareInstancePrice (system disk and data disks)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks %1 (the listing&apos;s price while powered off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks %1 (the listing&apos;s hourly disk prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 (the listing&apos;s image price, read as per hour)</source>
        <extracomment>CompShareImagePrice: the API gives no unit; read as per hour for the instance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Image %1 (CompShare&apos;s price: %2 per GPU per hour × %n GPU(s); the listing gave no image price)</source>
        <extracomment>%1 the image per hour for the whole instance; %2 GetCompShareInstancePrice&apos;s image price per GPU per hour; %n the instance&apos;s GPUs</extracomment>
        <translation>
            <numerusform>Image %1 (CompShare&apos;s price: %2 per GPU per hour × %n GPU; the listing gave no image price)</numerusform>
            <numerusform>Image %1 (CompShare&apos;s price: %2 per GPU per hour × %n GPUs; the listing gave no image price)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Image %1 (CompShare&apos;s price: %2 per GPU per hour × %n GPU(s); the listing agrees)</source>
        <translation>
            <numerusform>Image %1 (CompShare&apos;s price: %2 per GPU per hour × %n GPU; the listing agrees)</numerusform>
            <numerusform>Image %1 (CompShare&apos;s price: %2 per GPU per hour × %n GPUs; the listing agrees)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Image %1 (CompShare&apos;s price: %2 per GPU per hour × %n GPU(s); the listing said %3)</source>
        <extracomment>%3 the listing&apos;s CompShareImagePrice, as sent (the listing gives no unit)</extracomment>
        <translation>
            <numerusform>Image %1 (CompShare&apos;s price: %2 per GPU per hour × %n GPU; the listing said %3)</numerusform>
            <numerusform>Image %1 (CompShare&apos;s price: %2 per GPU per hour × %n GPUs; the listing said %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Instance price %1 (from the listing), paid in advance.</source>
        <extracomment>a prepaid instance&apos;s InstancePrice with its period, e.g. &quot;¥1,068.00/month&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance price %1 (CompShare&apos;s price for this configuration today; the listing gave none), paid in advance.</source>
        <extracomment>%1 GetCompShareInstancePrice&apos;s price for one period of this configuration</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance price %1 (CompShare&apos;s price for this configuration today; the listing agrees), paid in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance price %1 (CompShare&apos;s price for this configuration today; the listing said %2), paid in advance.</source>
        <extracomment>%2 the listing&apos;s InstancePrice as sent: the listing gives no unit, so none is shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s price action refused to price this configuration, so these are the listing&apos;s figures, unverified; the console asks again after an hour.</source>
        <extracomment>GetCompShareInstancePrice refused (an error code or HTTP status)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s price action did not answer, so these are the listing&apos;s figures, unverified; the console asks again after an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s price action gave no price for this billing type, so these are the listing&apos;s figures, unverified; the console asks again after an hour.</source>
        <extracomment>GetCompShareInstancePrice answered without a price for the instance&apos;s billing type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing does not describe this configuration fully enough to ask CompShare&apos;s price action, so these are the listing&apos;s figures, unverified.</source>
        <extracomment>the zone, GPU type or count, CPU, memory or billing type is missing from the listing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s price includes its night discount (asked %1).</source>
        <extracomment>InstanceDiscountType 1; %1 when the price was asked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s price includes its holiday discount (asked %1).</source>
        <extracomment>InstanceDiscountType 2; %1 when the price was asked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s price includes a discount (type %1, asked %2).</source>
        <extracomment>an InstanceDiscountType the API page does not document; %2 when the price was asked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute %1 (CompShare&apos;s price action; the listing agrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute %1 (CompShare&apos;s price action for this configuration today; the listing said %2)</source>
        <extracomment>%1 what GetCompShareInstancePrice answers for this configuration today, per hour (it wins); %2 the listing&apos;s InstancePrice per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks %1 (CompShare&apos;s price action; the listing agrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks %1 (CompShare&apos;s price action; the listing said %2)</source>
        <extracomment>%1 what GetCompShareInstancePrice answers for the disks, per hour (it wins); %2 the listing&apos;s disk prices per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run on the built-in demo cloud (no API key needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint (default https://api.compshare.cn/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential profile to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window once the list has loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: generate N instances instead of the demo set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported language: %1 (use zh_CN or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-instances takes a number from 0 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and stop your CompShare GPU instances in every region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the background, without showing the window (as at login); a second launch shows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleApplication</name>
    <message>
        <source>CompShare Console</source>
        <extracomment>The application&apos;s name in window titles</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostText</name>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money in yuan, no unit of time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>days and hours, e.g. &quot;4 d 21 h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes, e.g. &quot;3 h 12 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date format (Qt QDate::toString) for &quot;prepaid to 21 Sep&quot;; Chinese: M月d日</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disks</source>
        <extracomment>Cost now of a stopped pay-as-you-go instance: its disks per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not free when stopped</source>
        <extracomment>A stopped spot instance: not covered by &quot;no charge while stopped&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepaid to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up %1 · %2 so far</source>
        <extracomment>running time since StartTime, and what it cost since then</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reclaimed in %1</source>
        <extracomment>time left before CompShare reclaims (deletes) the stopped instance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due for reclaim now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(estimate)</source>
        <extracomment>the reclaim time is worked out from StopTime (12:00 on day 7), as the API sent no ReleaseTime</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid (%1), expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid (%1) until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renews automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not renew automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1: renew it or it will be reclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot: not covered by &quot;no charge while stopped&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped pay as you go: CPU, GPU and memory are not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot instances are not covered by &quot;no charge while stopped&quot;, and CompShare reports no price for a stopped one. Release (delete) it to stop paying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in advance: stopping saves nothing; not counted in the hourly burn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>GPU utilisation in percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare sent no GPU utilisation for this instance: no idleness is claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average %1 %, maximum %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU %1: %2, memory %3</source>
        <extracomment>one GPU: its index, utilisation and memory use</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle %1</source>
        <extracomment>badge on an instance whose GPUs have been idle for a while</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1/day</source>
        <extracomment>the hourly burn projected over 24 hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln prepaid</source>
        <translation>
            <numerusform>%Ln prepaid instance</numerusform>
            <numerusform>%Ln prepaid instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running pay as you go and spot: %1 (%Ln instance(s))</source>
        <translation>
            <numerusform>Running pay as you go and spot: %1 (%Ln instance)</numerusform>
            <numerusform>Running pay as you go and spot: %1 (%Ln instances)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped pay as you go, disks and images: %1 (%Ln instance(s))</source>
        <translation>
            <numerusform>Stopped pay as you go, disks and images: %1 (%Ln instance)</numerusform>
            <numerusform>Stopped pay as you go, disks and images: %1 (%Ln instances)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1, about %2 per day at this rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Prepaid (hourly, daily, monthly, yearly): %Ln instance(s), already paid, not in the hourly figure</source>
        <translation>
            <numerusform>Prepaid (hourly, daily, monthly, yearly): %Ln instance, already paid, not in the hourly figure</numerusform>
            <numerusform>Prepaid (hourly, daily, monthly, yearly): %Ln instances, already paid, not in the hourly figure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln prepaid instance(s) expire within 3 days without auto-renew</source>
        <translation>
            <numerusform>%Ln prepaid instance expire within 3 days without auto-renew</numerusform>
            <numerusform>%Ln prepaid instances expire within 3 days without auto-renew</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stopped spot instance(s): not free while stopped, no price reported</source>
        <translation>
            <numerusform>%Ln stopped spot instance: not free while stopped, no price reported</numerusform>
            <numerusform>%Ln stopped spot instances: not free while stopped, no price reported</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: GPU idle %2, %3 — Stop…</source>
        <extracomment>idle notification: name, how long the GPUs were idle, what it costs per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped instance about to be reclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing type or state is not known: no cost is claimed, and it is left out of every total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying —</source>
        <extracomment>status bar: nothing has a known hourly cost, but some instances&apos; cost is unknown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ —/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) with unknown billing, not counted</source>
        <extracomment>status bar: instances whose billing type or state is not known</extracomment>
        <translation>
            <numerusform>%Ln instance with unknown billing, not counted</numerusform>
            <numerusform>%Ln instances with unknown billing, not counted</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Date format (Qt QDate::toString) with the year, for &quot;expired 21 Sep 2026&quot;; Chinese: yyyy年M月d日</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1</source>
        <extracomment>details: a prepaid instance past its expiry date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Auto-renew: CompShare did not say (AutoRenew missing or not Yes/No)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping saves %1; CompShare reports no disk or image price that keeps charging.</source>
        <extracomment>%1 what stopping saves per hour; the API listed nothing that keeps charging</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping saves %1; still charged: %2.</source>
        <extracomment>%1 what stopping saves per hour; %2 the named parts that keep charging, e.g. &quot;disks ¥0.07/h and image ¥0.10/h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disks + image</source>
        <extracomment>Cost now of a stopped pay-as-you-go instance: its disks and image per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data kept until %1</source>
        <extracomment>a stopped spot instance: the 7 days its data is kept are over</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data kept %1</source>
        <extracomment>a stopped spot instance: how long CompShare still keeps its data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid (%1), expired %2</source>
        <extracomment>%1 billing type, %2 the expiry date, e.g. &quot;21 Sep 2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-renew unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renew it, or CompShare reclaims it (its data cannot be recovered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running: no live GPU use, and no idleness is claimed.</source>
        <extracomment>GPU use of an instance that is not running: no live figure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying %1 (%2 for stopped instances)</source>
        <extracomment>status bar: the hourly cost of everything pay-as-you-go, and the part for stopped instances&apos; disks</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired</source>
        <extracomment>status bar, in &quot;5 prepaid (1 expired, 2 expiring)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expiring</source>
        <extracomment>status bar, in &quot;5 prepaid (1 expired, 2 expiring)&quot;: expire soon without auto-renew</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln prepaid (%1)</source>
        <extracomment>%Ln prepaid instances; %1 &quot;1 expired, 2 expiring&quot;</extracomment>
        <translation>
            <numerusform>%Ln prepaid instance (%1)</numerusform>
            <numerusform>%Ln prepaid instances (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln prepaid instance(s) expired: renew them or CompShare reclaims them</source>
        <translation>
            <numerusform>%Ln prepaid instance expired: renew it or CompShare reclaims it</numerusform>
            <numerusform>%Ln prepaid instances expired: renew them or CompShare reclaims them</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has been stopped for almost a week: CompShare reclaims it in %2%3, and it cannot be recovered. Start it to keep it.</source>
        <extracomment>%1 instance name, %2 time left; reclaimed = deleted by CompShare for good %1 instance name, %2 time left, %3 &quot; (estimate)&quot; or nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare gave no reclaim time: a pay-as-you-go instance stopped for a week is reclaimed at %2:00 (China time) on day %1 after the stop, so %3 at the earliest.</source>
        <extracomment>%1 the day (7), %2 the hour (12), %3 the estimated date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare sent no price for this instance, so what stopping it saves is not known.</source>
        <extracomment>a running pay-as-you-go instance that came without InstancePrice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up %1 · at least %2 so far</source>
        <extracomment>running time since StartTime, and a lower bound of what it cost since then</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up %1</source>
        <extracomment>running time since StartTime; what it cost is not known (no price)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying at least %1 (%2 for stopped instances)</source>
        <extracomment>status bar: a lower bound (some prices are not given); %2 the part for stopped instances, e.g. &quot;¥0.12/h&quot; or &quot;at least ¥0.12/h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying at least %1</source>
        <extracomment>status bar: a lower bound of the hourly cost (some prices are not given)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1/day</source>
        <extracomment>the hourly lower bound projected over 24 hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) counted in part (a price not given)</source>
        <extracomment>status bar: instances whose bill has a part CompShare did not give (a disk or image price); their known parts are in the figures</extracomment>
        <translation>
            <numerusform>%Ln instance counted in part (a price not given)</numerusform>
            <numerusform>%Ln instances counted in part (a price not given)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) without a price, not counted</source>
        <extracomment>status bar: instances paying by the hour whose price CompShare did not give</extracomment>
        <translation>
            <numerusform>%Ln instance without a price, not counted</numerusform>
            <numerusform>%Ln instances without a price, not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stopped spot instance(s) without a price, not counted</source>
        <extracomment>status bar: stopped spot instances are not free, and CompShare reports no price</extracomment>
        <translation>
            <numerusform>%Ln stopped spot instance without a price, not counted</numerusform>
            <numerusform>%Ln stopped spot instances without a price, not counted</numerusform>
        </translation>
    </message>
    <message>
        <source>Total at least %1, at least %2 per day at this rate</source>
        <extracomment>the total is a lower bound: some prices are not given or instances are left out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) counted in part: a disk or image price is not given, so only the prices CompShare gave are added</source>
        <translation>
            <numerusform>%Ln instance counted in part: a disk or image price is not given, so only the prices CompShare gave are added</numerusform>
            <numerusform>%Ln instances counted in part: a disk or image price is not given, so only the prices CompShare gave are added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) paying by the hour without a price: not counted</source>
        <translation>
            <numerusform>%Ln instance paying by the hour without a price: not counted</numerusform>
            <numerusform>%Ln instances paying by the hour without a price: not counted</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: GPU idle %2 — Stop…</source>
        <extracomment>idle notification: name, how long the GPUs were idle (no price known)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) not counted</source>
        <extracomment>status bar, short: instances left out of the figures (the tooltip says why)</extracomment>
        <translation>
            <numerusform>%Ln instance not counted</numerusform>
            <numerusform>%Ln instances not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) counted in part</source>
        <extracomment>status bar, short: instances whose known prices only are in the figures</extracomment>
        <translation>
            <numerusform>%Ln instance counted in part</numerusform>
            <numerusform>%Ln instances counted in part</numerusform>
        </translation>
    </message>
    <message>
        <source>CompShare keeps a stopped spot instance&apos;s data for %1 days: until %2 (%3 left). Start it before then to keep it.</source>
        <extracomment>%1 days (7), %2 a date and time, %3 the time left</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start without GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release, data disks kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release with its data disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled stop at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled stop cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (RetCode %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer; not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: no list could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change shown yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sent %2. Answer: %3. Result: %4. (%5)</source>
        <extracomment>%1 what was sent, %2 when, %3 CompShare&apos;s answer, %4 what the list showed, %5 request id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never left this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, tried %2: the connection failed before the request left this computer, so nothing changed.</source>
        <extracomment>%1 what the console tried to send, %2 when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, which does not say whether it was applied; not sent again</source>
        <extracomment>an answer such as HTTP 504 that does not say whether the request was applied</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RetCode %1, which does not say whether it was applied; not sent again</source>
        <extracomment>an answer such as RetCode 8433 (service error)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unreadable answer; not sent again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceText</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU / Memory</source>
        <extracomment>Column title: vCPU count and memory size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <extracomment>Column title: billing mode (pay as you go, monthly, spot)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <extracomment>Column title: region and availability zone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per hour while the instance runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the instance is billed; spot instances are preemptible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>%1 is the state text the API sent that the console does not know</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay as you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot</source>
        <extracomment>Preemptible instance billing type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¥%1/h</source>
        <extracomment>Price per hour; %1 is the amount in yuan. Chinese: ¥%1/小时</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Button: stop (shut down) the instance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force stop…</source>
        <extracomment>Button: force-stop a spot instance; opens a confirmation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare did not report a state (its backend timed out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare reported a state the console does not know: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot (preemptible): CompShare can reclaim it at any time and stops it only as a forced stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost now</source>
        <extracomment>Column title: what the instance costs right now, running or stopped</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU use</source>
        <extracomment>Column title: current GPU utilisation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the instance costs right now: running price, the disks of a stopped pay-as-you-go instance, or the end of a prepaid period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average GPU utilisation from CompShare&apos;s monitoring; — when it sent none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstalling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>CompShareImageStatus &quot;Normal&quot;: the instance&apos;s image is usable</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly prepaid</source>
        <extracomment>Dynamic billing: hours paid in advance (按时/包时, prepaid), not pay as you go</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (billing unknown)</source>
        <extracomment>%1 is a ChargeType the console does not know, shown as the API sent it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <extracomment>GPU memory per card, e.g. &quot;(24 GB)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPU / %2</source>
        <extracomment>%1 vCPU count, %2 memory with its unit, e.g. &quot;64 GB&quot; or &quot;512 MB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <extracomment>a size in megabytes, e.g. &quot;512 MB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <extracomment>a size in gigabytes, e.g. &quot;64 GB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <extracomment>CompShareImageStatus &quot;Available&quot;, shown as sent before; in words now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action</source>
        <extracomment>Screen reader: the Action cell of a row that has no button (e.g. an instance that failed to install); the reason follows as its description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyProblemText</name>
    <message>
        <source>The public key of profile &quot;%1&quot; is blank. Enter the key pair again.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key of profile &quot;%1&quot; is wrapped in quotes. Enter the key pair again, without the quotes.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key of profile &quot;%1&quot; has a space or line break inside it. Enter the key pair again, each key as one line.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key of profile &quot;%1&quot; holds a character no CompShare key has. Enter the key pair again.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key saved for profile &quot;%1&quot; is blank. Enter the key pair again.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key saved for profile &quot;%1&quot; is wrapped in quotes. Enter the key pair again, without the quotes.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key saved for profile &quot;%1&quot; has a space or line break inside it. Enter the key pair again, each key as one line.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key saved for profile &quot;%1&quot; holds a character no CompShare key has. Enter the key pair again.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set but blank. While it is set, the console uses no other key, so it is connected to no account. Set it to your key, or unset it.</source>
        <extracomment>%1 is an environment variable such as COMPSHARE_PRIVATE_KEY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is wrapped in quotes. While it is set, the console uses no other key, so it is connected to no account. Set it to the key alone, without the quotes.</source>
        <extracomment>%1 is an environment variable such as COMPSHARE_PRIVATE_KEY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a space or line break inside the key. While it is set, the console uses no other key, so it is connected to no account. Copy the key again as one line.</source>
        <extracomment>%1 is an environment variable such as COMPSHARE_PRIVATE_KEY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a character no CompShare key has (keys are plain ASCII letters, digits and symbols). While it is set, the console uses no other key, so it is connected to no account. Copy the key again from the CompShare console.</source>
        <extracomment>%1 is an environment variable such as COMPSHARE_PRIVATE_KEY</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListSanity</name>
    <message>
        <source>it announces %1 instances, more than the %2 the console lists</source>
        <extracomment>%1 is the TotalCount the answer announced, %2 the most the console lists</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it announces %1 instance(s) but lists none</source>
        <extracomment>%1 is the TotalCount of an answer whose list of instances is empty</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page from instance %1 is empty while it announces %2 instance(s)</source>
        <extracomment>%1 the position of the first record asked for, %2 the TotalCount the same answer announced</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1 is listed twice in one listing of %2 instance(s)</source>
        <extracomment>%1 is an instance id (UHostId), %2 the TotalCount every page announced</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListWarningText</name>
    <message>
        <source>CompShare announced %1 instances but sent %2: the list shows the %2 it sent.</source>
        <extracomment>%1 the TotalCount CompShare announced, %2 how many instances it actually sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare announced %1 instances but sent %2: the list shows the %2 it sent (request id %3).</source>
        <extracomment>%1 the TotalCount CompShare announced, %2 how many it sent, %3 the answer&apos;s request id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of CompShare&apos;s list could not be read: it is not an instance record. It is not in the list or in the totals.</source>
        <extracomment>%1 the record&apos;s place in CompShare&apos;s list (1 = the first)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of CompShare&apos;s list (named &quot;%2&quot;) has no instance ID, so it could not be read. It is not in the list or in the totals.</source>
        <extracomment>%1 the record&apos;s place in CompShare&apos;s list, %2 the name it carried</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of CompShare&apos;s list has no instance ID, so it could not be read. It is not in the list or in the totals.</source>
        <extracomment>%1 the record&apos;s place in CompShare&apos;s list (1 = the first)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of CompShare&apos;s list could not be read (numbers %1). They are not in the list or in the totals.</source>
        <extracomment>%n records; %1 their places in CompShare&apos;s list, e.g. &quot;3, 7 and 12&quot;</extracomment>
        <translation>
            <numerusform>%n record of CompShare&apos;s list could not be read (number %1). It is not in the list or in the totals.</numerusform>
            <numerusform>%n records of CompShare&apos;s list could not be read (numbers %1). They are not in the list or in the totals.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text CompShare sent for %1 had bytes that are not valid UTF-8; they are shown as �.</source>
        <extracomment>%1 an instance&apos;s name (or ID); the replacement character is U+FFFD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The text CompShare sent for %n instance(s) (%1) had bytes that are not valid UTF-8; they are shown as �.</source>
        <extracomment>%n instances; %1 their names (or IDs); the replacement character is U+FFFD</extracomment>
        <translation>
            <numerusform>The text CompShare sent for %n instance (%1) had bytes that are not valid UTF-8; they are shown as �.</numerusform>
            <numerusform>The text CompShare sent for %n instances (%1) had bytes that are not valid UTF-8; they are shown as �.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationSentences</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, request id %2</source>
        <extracomment>%1 an HTTP status such as 503, %2 the gateway&apos;s request id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RetCode %1: “%2”</source>
        <extracomment>%1 a number, %2 the gateway&apos;s message as it said it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RetCode %1: “%2”, request id %3</source>
        <extracomment>%1 a number, %2 the gateway&apos;s message as it said it, %3 the request id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the stop of %1 was lost. The console reads the list to see whether it took effect; the stop is not sent again.</source>
        <extracomment>%1 instance name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the start of %1 was lost. The console reads the list to see whether it took effect; the start is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the reboot of %1 was lost. The console reads the list to see whether it took effect; the reboot is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop of %1 took effect: the list shows %2.</source>
        <extracomment>%1 instance name, %2 a state such as Stopping</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of %1 took effect: the list shows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reboot of %1 took effect: the list shows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the stop of %1 took effect is unknown: the list could not be read. Check the instance before trying again.</source>
        <extracomment>%1 instance name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the start of %1 took effect is unknown: the list could not be read. Check the instance before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the reboot of %1 took effect is unknown: the list could not be read. Check the instance before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare accepted the stop of %1 at %2 but still shows %3. The console keeps watching it.</source>
        <extracomment>%1 instance name, %2 a time such as 14:02, %3 a state such as Running</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare accepted the start of %1 at %2 but still shows %3. The console keeps watching it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare accepted the reboot of %1 at %2 but still shows %3. The console keeps watching it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare is still carrying out the earlier operation on %1; this stop request changed nothing (InstanceOperationInProgress).</source>
        <extracomment>%1 instance name. InstanceOperationInProgress is the gateway&apos;s answer, keep it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare is still carrying out the earlier operation on %1; this start request changed nothing (InstanceOperationInProgress).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare is still carrying out the earlier operation on %1; this reboot request changed nothing (InstanceOperationInProgress).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare refused the stop of %1: another operation holds it, until %2 at the latest. Try again then.</source>
        <extracomment>%1 instance name, %2 a time such as 14:12</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare refused the start of %1: another operation holds it, until %2 at the latest. Try again then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare refused the reboot of %1: another operation holds it, until %2 at the latest. Try again then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is still changing state after %n minute(s). The console keeps checking, less often.</source>
        <extracomment>%1 instance name; %n minutes</extracomment>
        <translation>
            <numerusform>%1 is still changing state after %n minute. The console keeps checking, less often.</numerusform>
            <numerusform>%1 is still changing state after %n minutes. The console keeps checking, less often.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still changing state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: check the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: check the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot: check the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not stopped. %2</source>
        <extracomment>%1 instance name, %2 a sentence saying why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not started. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not rebooted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare refused the stop of %1 (%2). Nothing changed; you can try again.</source>
        <extracomment>%1 instance name, %2 what CompShare answered, e.g. &quot;HTTP 503, request id 1f2e…&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare refused the start of %1 (%2). Nothing changed; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare refused the reboot of %1 (%2). Nothing changed; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was started without GPU, but CompShare lists it running with %n GPU(s): it is billed with its GPUs. Stop it if you do not need them.</source>
        <extracomment>%1 instance name; %n GPUs listed</extracomment>
        <translation>
            <numerusform>%1 was started without GPU, but CompShare lists it running with %n GPU: it is billed with its GPU. Stop it if you do not need it.</numerusform>
            <numerusform>%1 was started without GPU, but CompShare lists it running with %n GPUs: it is billed with its GPUs. Stop it if you do not need them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was started without GPU, but CompShare lists it running with %n GPU(s): it costs %2 now. Stop it if you do not need them.</source>
        <extracomment>%1 instance name, %2 what it costs per hour now, e.g. &quot;¥2.96/h&quot;; %n GPUs listed</extracomment>
        <translation>
            <numerusform>%1 was started without GPU, but CompShare lists it running with %n GPU: it costs %2 now. Stop it if you do not need it.</numerusform>
            <numerusform>%1 was started without GPU, but CompShare lists it running with %n GPUs: it costs %2 now. Stop it if you do not need them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started with its GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not released. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release of %1 took effect: the list no longer has it.</source>
        <extracomment>%1 instance name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was released and is in CompShare&apos;s recycle bin.</source>
        <extracomment>%1 instance name. 回收站 = CompShare&apos;s recycle bin</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was released; it did not go to the recycle bin.</source>
        <extracomment>%1 instance name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was released: the list no longer has it.</source>
        <extracomment>%1 instance name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare refused the release of %1 (%2). Nothing changed: the instance is still there, and you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the release of %1 was lost. The console reads the list to see whether it took effect; the release is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release of %1 took effect: the list shows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the release of %1 took effect is unknown: the list could not be read. Check the instance before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare accepted the release of %1 at %2 but still lists it as %3. The console keeps watching it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare is still carrying out the earlier operation on %1; this release request changed nothing (InstanceOperationInProgress).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare refused the release of %1: another operation holds it, until %2 at the latest. Try again then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release: check the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not stopped: the request never left this computer, so nothing changed. CompShare can be reached again; you can try again.</source>
        <extracomment>%1 instance name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not started: the request never left this computer, so nothing changed. CompShare can be reached again; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not rebooted: the request never left this computer, so nothing changed. CompShare can be reached again; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not released: the request never left this computer, so nothing changed. CompShare can be reached again; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreadable answer</source>
        <extracomment>what CompShare answered, in a parenthesis: a body the console could not read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unreadable answer, request id %1</source>
        <extracomment>%1 the gateway&apos;s request id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the stop of %1 (%2) does not say whether it was applied. The console reads the list to see whether it took effect; the stop is not sent again.</source>
        <extracomment>%1 instance name, %2 what CompShare answered, e.g. &quot;HTTP 504, request id 1f2e…&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the start of %1 (%2) does not say whether it was applied. The console reads the list to see whether it took effect; the start is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the reboot of %1 (%2) does not say whether it was applied. The console reads the list to see whether it took effect; the reboot is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the release of %1 (%2) does not say whether it was applied. The console reads the list to see whether it took effect; the release is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came to the stop of %1, and CompShare&apos;s list still shows it %2: the stop did not take effect; you can try again.</source>
        <extracomment>%1 instance name, %2 a state such as Running</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came to the start of %1, and CompShare&apos;s list still shows it %2: the start did not take effect; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came to the reboot of %1, and CompShare&apos;s list still shows it %2: the reboot did not take effect; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came to the release of %1, and CompShare&apos;s list still has it, %2: the release did not take effect; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the stop of %1 (%2) did not say whether it was applied, and its list still shows it %3: the stop did not take effect; you can try again.</source>
        <extracomment>%1 instance name, %2 what CompShare answered (HTTP 504, request id …), %3 a state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the start of %1 (%2) did not say whether it was applied, and its list still shows it %3: the start did not take effect; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the reboot of %1 (%2) did not say whether it was applied, and its list still shows it %3: the reboot did not take effect; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the release of %1 (%2) did not say whether it was applied, and its list still has it, %3: the release did not take effect; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare accepted the stop of %1 at %2, but its list still shows %3: the stop did not take effect; you can try again.</source>
        <extracomment>%1 instance name, %2 a time such as 14:02, %3 a state such as Running</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare accepted the start of %1 at %2, but its list still shows %3: the start did not take effect; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare accepted the reboot of %1 at %2, but its list still shows %3: the reboot did not take effect; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare accepted the release of %1 at %2, but its list still has it, %3: the release did not take effect; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer from CompShare for %n second(s) to the stop of %1; the stop is not sent again; waiting.</source>
        <extracomment>%1 instance name; %n seconds (10)</extracomment>
        <translation>
            <numerusform>No answer from CompShare for %n second to the stop of %1; the stop is not sent again; waiting.</numerusform>
            <numerusform>No answer from CompShare for %n seconds to the stop of %1; the stop is not sent again; waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from CompShare for %n second(s) to the start of %1; the start is not sent again; waiting.</source>
        <translation>
            <numerusform>No answer from CompShare for %n second to the start of %1; the start is not sent again; waiting.</numerusform>
            <numerusform>No answer from CompShare for %n seconds to the start of %1; the start is not sent again; waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from CompShare for %n second(s) to the reboot of %1; the reboot is not sent again; waiting.</source>
        <translation>
            <numerusform>No answer from CompShare for %n second to the reboot of %1; the reboot is not sent again; waiting.</numerusform>
            <numerusform>No answer from CompShare for %n seconds to the reboot of %1; the reboot is not sent again; waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from CompShare for %n second(s) to the release of %1; the release is not sent again; waiting.</source>
        <translation>
            <numerusform>No answer from CompShare for %n second to the release of %1; the release is not sent again; waiting.</numerusform>
            <numerusform>No answer from CompShare for %n seconds to the release of %1; the release is not sent again; waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name has at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot start with &quot;(&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot contain slashes or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleSentences</name>
    <message>
        <source>Spot instances cannot have a scheduled stop: the platform may reclaim them at any time, and CompShare refuses a schedule for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled stop of %1 was not sent: the instance is no longer listed.</source>
        <extracomment>%1 instance name. Nothing was sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled stop of %1 was not sent: it is a spot instance. The platform may reclaim it at any time, and CompShare refuses a schedule for it.</source>
        <extracomment>%1 instance name. Nothing was sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled stop of %1 was not sent: it is stopped already, so there is nothing to stop. Start it first, then schedule its stop.</source>
        <extracomment>%1 instance name. Nothing was sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled stop of %1 was not sent: CompShare needs a project for it, and none is known because the project list could not be read. Choose or enter a project in the Project box of the toolbar, then try again.</source>
        <extracomment>%1 instance name. Nothing was sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled stop of %1 was not sent: a change of its schedule is still under way. Wait for its answer, then try again.</source>
        <extracomment>%1 instance name. Nothing was sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled stop of %1 was not sent: a scheduled stop must be at least %2 minutes from now.</source>
        <extracomment>%1 instance name, %2 the shortest lead in minutes. Nothing was sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopConsequences</name>
    <message>
        <source>This instance is prepaid for its period: stopping it saves nothing. Only deleting it refunds part of the remaining time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing type of this instance is not known, so the console cannot say what stopping it changes on your bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>GPU model times count, e.g. &quot;RTX 4090 × 2&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <extracomment>name (id) · GPU · price per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (prepaid)</source>
        <extracomment>%1 is a billing type such as &quot;Monthly&quot;; prepaid means paid in advance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance is prepaid by the hour: its time is paid in advance, so stopping it saves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping ends the CPU, GPU and memory charges; disks and images are kept and keep charging. An instance left stopped is reclaimed at %2:00 (China time) on day %1 after the stop, and cannot be recovered.</source>
        <extracomment>%1 the day (7), %2 the hour (12)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare stops a spot instance only as a forced stop, and spot instances are not covered by &quot;no charge while stopped&quot;: releasing (deleting) it is how to stop paying. A stopped spot instance can be started again; if CompShare reclaimed it, its data is kept for %1 days.</source>
        <extracomment>&quot;release&quot; = delete the instance; CompShare&apos;s docs call it releasing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping them saves %1.</source>
        <extracomment>batch stop: what stopping the chosen instances saves, e.g. &quot;¥5.92/h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping them saves nothing: prepaid instances are paid in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping them saves at least %1.</source>
        <extracomment>batch stop: a lower bound, as some instances have no figure (the reasons follow)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stopping them saves is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CompShare reports no price for a stopped spot instance, so there is no figure for %n spot instance(s).</source>
        <extracomment>%n spot instances in the batch; CompShare gives no stopped price for them</extracomment>
        <translation>
            <numerusform>CompShare reports no price for a stopped spot instance, so there is no figure for %n spot instance.</numerusform>
            <numerusform>CompShare reports no price for a stopped spot instance, so there is no figure for %n spot instances.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pay-as-you-go instance(s) came without a price.</source>
        <translation>
            <numerusform>%n pay-as-you-go instance came without a price.</numerusform>
            <numerusform>%n pay-as-you-go instances came without a price.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The billing type of %n instance(s) is not known.</source>
        <translation>
            <numerusform>The billing type of %n instance is not known.</numerusform>
            <numerusform>The billing type of %n instances is not known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prepaid instance(s) save nothing.</source>
        <translation>
            <numerusform>%n prepaid instance saves nothing.</numerusform>
            <numerusform>%n prepaid instances save nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compshare::ApiTransport</name>
    <message>
        <source>No API key pair is set. Enter your public and private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no RetCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed before CompShare answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MiB, the most the console reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its RetCode is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::CliConfigImporter</name>
    <message>
        <source>The compshare CLI has no configuration here: %1. Run &quot;compshare config&quot; first, or add the key by hand.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at offset %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;profiles&quot; object; it does not look like a compshare CLI configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLI profile &quot;%1&quot; has no complete key pair; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLI profile &quot;%1&quot; was imported as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compshare CLI configuration %2 has no profile &quot;%1&quot;.</source>
        <extracomment>%1 profile name, %2 file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::CredentialSession</name>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot; (COMPSHARE_PROFILE). %2</source>
        <extracomment>%1 profile name from COMPSHARE_PROFILE; %2 why the CLI&apos;s file did not have it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compshare CLI profile &quot;%1&quot; has no complete key pair.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::CredentialStore</name>
    <message>
        <source>The system keychain has no private key for profile &quot;%1&quot; (or the keychain is locked).</source>
        <extracomment>%1 is a profile name. A locked keyring answers like an empty one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it (for example gnome-keyring&apos;s &quot;login&quot; keyring) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available. Install and unlock gnome-keyring (or another Secret Service provider such as KWallet or KeePassXC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be reached: there is no D-Bus session bus. Run the console inside a desktop session with gnome-keyring installed and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Secret Service is running on the session bus. Install and unlock gnome-keyring (or enable KeePassXC&apos;s Secret Service integration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain has no unlocked default keyring. Unlock gnome-keyring&apos;s &quot;login&quot; keyring (or create one) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not delete the key. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not usable: %1. Install and unlock gnome-keyring and try again.</source>
        <extracomment>%1 is the keychain library&apos;s own message (never contains a key).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds. It may be waiting for you to unlock it.</source>
        <extracomment>%1 is a number of seconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::CredentialVerifier</name>
    <message>
        <source>The gateway rejected the signature (171): the private key does not belong to this public key. Copy both keys again from the API key page, completely and without spaces.</source>
        <extracomment>Gateway RetCode 171 &quot;Signature VerifyAC Error&quot; while testing a new key pair.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CompShare account has this public key (172). Check the public key, and that it was made on the CompShare console, not another cloud&apos;s.</source>
        <extracomment>Gateway RetCode 172 &quot;User Not Exists&quot; while testing a new key pair.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::DemoCloud</name>
    <message>
        <source>Could not open a local port for the demo cloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ProfileStore</name>
    <message>
        <source>A profile from the environment is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both the public key and the private key are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::StopReminder</name>
    <message>
        <source>Scheduled stop in %1</source>
        <extracomment>Reminder title; %1 is a duration like &quot;10 m&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stops at %2 (%3)</source>
        <extracomment>Reminder text: &quot;train-01 stops at 18:00 (¥8.72/h)&quot;; the figure is Cost now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by its schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was stopped by its schedule at %2</source>
        <extracomment>&quot;train-01 was stopped by its schedule at 18:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::StopWhenIdle</name>
    <message>
        <source>Spot instances can only be force stopped, and stop when idle never force stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its GPUs have been idle for %1 minutes. Choose Keep running to leave it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will stop in %2</source>
        <extracomment>%1 instance name, %2 the grace, e.g. &quot;2 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::AddKeyDialog</name>
    <message>
        <source>Show</source>
        <extracomment>Toggle button next to the private key field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>Toggle button next to the private key field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key pair on the CompShare console under 账户中心 → API 密钥 (&lt;a href=&quot;%1&quot;&gt;open the API key page&lt;/a&gt;). The private key is kept in the system keychain, never in a file.</source>
        <extracomment>%1 is a link to the CompShare console page where API keys are created.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can still use a key for this session only; nothing will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste both the public key and the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the key with one read-only request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works. The system keychain is not available, so it can only be used for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works. Saving it in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests signed with this key will go to %1, not to CompShare&apos;s own API (api.compshare.cn). Whoever runs %1 can replay them at CompShare for as long as the key is valid.</source>
        <extracomment>%1 is the host name of the API endpoint typed in, e.g. api.example.com</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::BatchStopDialog</name>
    <message>
        <source>Pay as you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Stop %1 instances?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot instances you don&apos;t confirm are not stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;&lt;kind of billing&gt;: &lt;what stopping means for it&gt;&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>one instance in the batch list: summary line, then its billing type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ SPOT: %1</source>
        <extracomment>flag in front of a spot instance in the batch stop list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand, force stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (%1)</source>
        <extracomment>button of the batch stop dialog, with the number of instances it stops</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly prepaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, cannot be stopped now (%1):</source>
        <extracomment>heading of the list of selected instances the batch leaves out, then one per line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances to stop: %1.</source>
        <extracomment>how many instances the batch will stop; what that saves follows in sentences</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::CliImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from compshare CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles found in %1. The private keys are copied to the system keychain; the CLI&apos;s file is not changed.</source>
        <extracomment>%1 is the path of the compshare CLI&apos;s config file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — public key %2…</source>
        <extracomment>%1 profile name, %2 the start of its public key (never the private key).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(current in the CLI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(incomplete key pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compshare CLI has no profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the profiles to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::ConsoleTrayIcon</name>
    <message>
        <source>&amp;Show the console</source>
        <extracomment>In the system tray&apos;s menu: brings the console&apos;s window forward</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>In the system tray&apos;s menu: ends the console (also when it watches in the background)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::CostNotifier</name>
    <message>
        <source>GPU idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::CostSummaryView</name>
    <message>
        <source>&lt;b&gt;Where the money goes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an instance to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1 by cost now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>one line of the cost summary: instance name, what it costs now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is paying by the hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the idle pay-as-you-go instances would save %1.</source>
        <extracomment>what stopping all idle pay-as-you-go instances would save per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No idle pay-as-you-go instance to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing with a known price is paying by the hour.</source>
        <extracomment>no instance has a known hourly cost, but some have unknown billing or price</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopping the idle pay-as-you-go instances would save at least %1; %n instance(s) came without a price.</source>
        <extracomment>%1 what stopping the idle pay-as-you-go instances with a price saves per hour; %n idle ones without a price</extracomment>
        <translation>
            <numerusform>Stopping the idle pay-as-you-go instances would save at least %1; %n instance came without a price.</numerusform>
            <numerusform>Stopping the idle pay-as-you-go instances would save at least %1; %n instances came without a price.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle pay-as-you-go instance(s) came without a price: what stopping them saves is not known.</source>
        <translation>
            <numerusform>%n idle pay-as-you-go instance came without a price: what stopping it saves is not known.</numerusform>
            <numerusform>%n idle pay-as-you-go instances came without a price: what stopping them saves is not known.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compshare::ui::DemoBanner</name>
    <message>
        <source>Demo cloud — not your account. Nothing here costs money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your API key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::DisabledActionExplainer</name>
    <message>
        <source>Select an instance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot works on one instance at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be stopped now. %2</source>
        <extracomment>%1 instance name, %2 a whole sentence saying why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be started now. %2</source>
        <extracomment>%1 instance name, %2 a whole sentence saying why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be rebooted now. %2</source>
        <extracomment>%1 instance name, %2 a whole sentence saying why</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::FilterBar</name>
    <message>
        <source>Search name, ID or IP (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instances in this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instances in region %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instances in region %1 match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instances match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search instances</source>
        <extracomment>accessible name of the search box (its placeholder is not read once text is in)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters the list by name, ID or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <extracomment>accessible name of the button that empties the search box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::ForceStopDialog</name>
    <message>
        <source>Force stop spot instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Force stop spot instance %1?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a spot (preemptible) instance. A forced stop is like pulling the power: programs on it get no chance to save their work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand this is a forced stop of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force stop</source>
        <extracomment>button: force stop a spot instance</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::GpuHistoryChart</name>
    <message>
        <source>GPU use over the last 24 hours</source>
        <extracomment>accessible name of the details pane&apos;s 24-hour chart</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU use over the last 24 hours: no data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>GPU use over the last 24 hours: %n GPU(s), average %1 %, highest %2 %.</source>
        <extracomment>%n GPUs; %1 and %2 are percentages</extracomment>
        <translation>
            <numerusform>GPU use over the last 24 hours: %n GPU, average %1 %, highest %2 %.</numerusform>
            <numerusform>GPU use over the last 24 hours: %n GPUs, average %1 %, highest %2 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use %</source>
        <extracomment>chart panel title: GPU utilisation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory %</source>
        <extracomment>chart panel title: GPU memory in use</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::GpuHistoryView</name>
    <message>
        <source>GPU, last 24 hours:</source>
        <extracomment>details pane: title of the 24-hour GPU chart</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History from this computer</source>
        <extracomment>under the 24-hour chart when CompShare&apos;s monitoring did not answer</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operations this console sent for %1 (%2), newest first: CompShare&apos;s answer and what the list showed afterwards. Nothing here is ever sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations sent for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console has sent no operation for this instance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::InstanceActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the instance list (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected running instances (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected stopped instance (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;boot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Stop %n instances…</source>
        <translation>
            <numerusform>&amp;Stop %n instance…</numerusform>
            <numerusform>&amp;Stop %n instances…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Force stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Toolbar text (no mnemonic)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Toolbar text (no mnemonic)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot…</source>
        <extracomment>Toolbar text (no mnemonic)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stop %n instances…</source>
        <extracomment>Toolbar text (no mnemonic)</extracomment>
        <translation>
            <numerusform>Stop %n instance…</numerusform>
            <numerusform>Stop %n instances…</numerusform>
        </translation>
    </message>
    <message>
        <source>Force stop…</source>
        <extracomment>Toolbar text (no mnemonic)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop…</source>
        <extracomment>Toolbar text (no mnemonic)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to refresh: no API key is in use. Add one with Account → Add API key…, or try the demo cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;without GPU</source>
        <extracomment>无卡开机: start the instance without its GPU (cheaper, for data work)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected stopped instance without its GPU (offered where CompShare supports it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>one skipped instance: %1 name, %2 why it is skipped</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot the selected running instance (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy SSH command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to stop. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::InstanceDetailsPane</name>
    <message>
        <source>Select an instance to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preemptible: CompShare may reclaim it at any time, and it can be stopped only with a forced stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot instance</source>
        <extracomment>accessible name of the badge next to a spot instance&apos;s billing type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost now:</source>
        <extracomment>details pane: what the instance costs now, with its breakdown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>accessible name of a details field: %1 field name, %2 its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 each</source>
        <extracomment>GPU text, then memory per GPU with its unit, e.g. &quot;RTX 4090 × 2, 24 GB each&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::InstanceTableView</name>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::MainWindow</name>
    <message>
        <source>Enter key for this session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>Quit ends the console; closing the window may keep it watching in the background</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CompShare Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CompShare Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;CompShare Console %1&lt;/b&gt;&lt;p&gt;See and stop your CompShare (优云智算) GPU instances in every region.&lt;/p&gt;&lt;p&gt;Your API keys stay in the system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From environment</source>
        <extracomment>Profile switcher entry for keys from COMPSHARE_PUBLIC_KEY / COMPSHARE_PRIVATE_KEY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[DEMO] demo cloud, not your account</source>
        <extracomment>Window title in demo mode (the app name follows); keep DEMO prominent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance has no action in its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the instance list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the list from %1.</source>
        <extracomment>%1 is the time of the last good list, e.g. 14:05</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CompShare has not answered for %n second(s) — showing data from %1. Still waiting.</source>
        <extracomment>%n seconds; %1 the time of the last good list, e.g. 14:05</extracomment>
        <translation>
            <numerusform>CompShare has not answered for %n second — showing data from %1. Still waiting.</numerusform>
            <numerusform>CompShare has not answered for %n seconds — showing data from %1. Still waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CompShare has not answered for %n second(s). Still waiting.</source>
        <translation>
            <numerusform>CompShare has not answered for %n second. Still waiting.</numerusform>
            <numerusform>CompShare has not answered for %n seconds. Still waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach CompShare — showing data from %1. %2 Retrying automatically.</source>
        <extracomment>%1 the time of the last good list, %2 what went wrong (whole sentences)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach CompShare. %1 Retrying automatically.</source>
        <extracomment>%1 what went wrong (whole sentences)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests signed with your key go to %1, not to CompShare&apos;s own API (api.compshare.cn). Whoever runs %1 can replay them at CompShare for as long as the key is valid: use it only if you trust it.</source>
        <extracomment>%1 is the host name of the API endpoint in use, e.g. api.example.com</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance list could not be loaded yet; the message below the list says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare answered with an error — showing data from %1. %2 Retrying automatically.</source>
        <extracomment>%1 the time of the last good list, %2 what it answered (whole sentences)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare answered with an error. %1 Retrying automatically.</source>
        <extracomment>%1 what it answered (whole sentences)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <extracomment>accessible name of the toolbar&apos;s overflow (») button</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project list was refused. %1 The list is asked without a project; a sub-account key may be refused, and a scheduled stop is not sent until you enter a project in the Project box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project list could not be read. %1 The list is asked without a project; a sub-account key may be refused, and a scheduled stop is not sent until you enter a project in the Project box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can enter your key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(demo)</source>
        <extracomment>added to the title of every desktop notification on the demo cloud</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s local store in %1 could not be used, and no new one could be made there. The history of operations, the saved list and GPU samples are kept only until the console quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s local store was written by a newer version of the console, so a new one was started. The old file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s local store could not be opened, so a new one was started. The old file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s local store was damaged, so a new one was started. The old file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <extracomment>Opens the list of operations the console sent for the selected instance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operations this console sent for the selected instance (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List from %1, refreshing…</source>
        <extracomment>The rows shown are a list saved earlier; CompShare has not answered yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list was saved at %1. Money figures and actions wait for CompShare&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CompShare did not answer within %n second(s) — showing data from %1. Retrying automatically.</source>
        <extracomment>%n seconds (the request timeout); %1 the time of the last good list</extracomment>
        <translation>
            <numerusform>CompShare did not answer within %n second — showing data from %1. Retrying automatically.</numerusform>
            <numerusform>CompShare did not answer within %n seconds — showing data from %1. Retrying automatically.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CompShare did not answer within %n second(s). Retrying automatically.</source>
        <extracomment>%n seconds (the request timeout)</extracomment>
        <translation>
            <numerusform>CompShare did not answer within %n second. Retrying automatically.</numerusform>
            <numerusform>CompShare did not answer within %n seconds. Retrying automatically.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compshare::ui::OperationNotifier</name>
    <message>
        <source>Instance stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot instance reclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare reclaimed the spot instance %1; it is now stopped. Its data is kept for 7 days and it can be started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Action button on a desktop notification: bring the console to the front on this instance</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>unit suffix of the refresh interval spin box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the instance list is refreshed (default %1 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example when an instance has finished stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before ordinary stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot instances always ask, because they can only be force stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>language choice: follow the operating system&apos;s language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language applies after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the CompShare API gateway. Only https, or http to this computer for a local simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <extracomment>unit suffix of the idle threshold spin box (percent)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GPU below this utilisation counts as idle (default 5 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU idle below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>unit suffix of the idle window spin box (minutes)
----------
unit suffix: minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance is idle when all its GPUs stayed below the threshold in every sample for this long (default 30 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification this long before a scheduled stop, with Extend 1 h (default %1 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you start a pay-as-you-go instance from the console, schedule a server-side stop this many hours later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h after every start</source>
        <extracomment>unit suffix: hours, after &quot;Schedule a stop [N h] after every start&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep watching in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window leaves the console running, so reminders, stop when idle and notifications keep working. File ▸ Quit (Ctrl+Q) ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login, in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds CompShare Console to your desktop&apos;s autostart folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min is below the minimum of %2 min: choose at least %2 min.</source>
        <extracomment>%1 the minutes typed, %2 the shortest idle time Preferences accept, in minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::ProfilesDialog</name>
    <message>
        <source>Switch to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from compshare CLI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — public key %2…</source>
        <extracomment>%1 profile name, %2 the start of its public key (never the private key).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot;? Its private key is removed from the system keychain; running instances are not affected.</source>
        <extracomment>%1 is a profile name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::ProjectSelector</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <extracomment>Project selector when GetProjectList was refused: calls go without ProjectId</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>Project selector entry of the account&apos;s default project</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID, as the CompShare console shows it (for example org-abc123):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a project ID…</source>
        <extracomment>Project selector entry: type a project ID by hand (the list could not be read)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project list could not be read (%1). The list is asked without a project; a scheduled stop needs one: enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: every call is sent for this project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::PromptService</name>
    <message>
        <source>Reboot %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs running on the instance are interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <extracomment>button: reboot the instance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <extracomment>one line per instance in the start confirmation: name, its price per hour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Start %n instances?</source>
        <translation>
            <numerusform>Start %n instance?</numerusform>
            <numerusform>Start %n instances?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Running, they add %2 together to what this account costs.</source>
        <extracomment>%1 the instances, one per line; %2 their hourly price together, e.g. ¥6.50/h</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Start %n</source>
        <extracomment>button: start the listed instances</extracomment>
        <translation>
            <numerusform>Start %n instance</numerusform>
            <numerusform>Start %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are prepaid: paid already, they add nothing.</source>
        <extracomment>multi-start: prepaid instances are paid already, starting them adds nothing</extracomment>
        <translation>
            <numerusform>%n of them is prepaid: paid already, it adds nothing.</numerusform>
            <numerusform>%n of them are prepaid: paid already, they add nothing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep watching in the background?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the window closed, CompShare Console can keep running: reminders, stop when idle and the reclaim warning keep working, and notifications still reach it. It always keeps running while something needs watching. File ▸ Quit (Ctrl+Q) ends it; you can change this in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep watching</source>
        <extracomment>button: close the window and keep the console running</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <extracomment>button: end the console when its window closes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1

Running, they add at least %2 together to what this account costs; the price of %n instance(s) is not known.</source>
        <extracomment>%1 the instances, one per line; %2 what those with a price add, e.g. ¥6.50/h; %n instances whose price is not known</extracomment>
        <translation>
            <numerusform>%1

Running, they add at least %2 together to what this account costs; the price of %n instance is not known.</numerusform>
            <numerusform>%1

Running, they add at least %2 together to what this account costs; the price of %n instances is not known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1

What running them adds to what this account costs is not known: the price of %n instance(s) is not known.</source>
        <extracomment>%1 the instances, one per line; %n instances whose price is not known</extracomment>
        <translation>
            <numerusform>%1

What running them adds to what this account costs is not known: the price of %n instance is not known.</numerusform>
            <numerusform>%1

What running them adds to what this account costs is not known: the price of %n instances is not known.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compshare::ui::ReleaseDialog</name>
    <message>
        <source>ends %1</source>
        <extracomment>what releasing one instance stops costing, e.g. &quot;ends ¥0.12/h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepaid: no hourly charge ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (%2) — %3</source>
        <extracomment>one instance in the release list: %1 name, %2 id, %3 what releasing it ends</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Release %n instances</source>
        <translation>
            <numerusform>Release %n instance</numerusform>
            <numerusform>Release %n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Release %1 (%2) for good?&lt;/b&gt;</source>
        <extracomment>%1 instance name, %2 its id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Release these %n instances for good?&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Release this %n instance for good?&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Release these %n instances for good?&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, they cannot be released now:
%1</source>
        <extracomment>%1 lines &quot;name — why&quot;, one per instance left out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing deletes the instance. Its system disk is deleted with all the data on it, and this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing deletes each of these instances. Their system disks are deleted with all the data on them, and this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete its data disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete their data disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its data disks are kept (and keep being charged) unless you tick the box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their data disks are kept (and keep being charged) unless you tick the box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s answer says whether a released instance goes to its recycle bin; the console tells you which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the instance&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <extracomment>%1 what to type: the instance&apos;s name, or for several their number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of instances, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <extracomment>button: release (delete) the instance(s)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Release %n</source>
        <translation>
            <numerusform>Release %n instance</numerusform>
            <numerusform>Release %n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>Releasing stops %1 of charges for disks and image.</source>
        <extracomment>%1 an hourly figure such as ¥0.12/h</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data disks kept go on costing %1.</source>
        <extracomment>%1 an hourly figure such as ¥0.05/h</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prepaid instance has paid for its period: releasing it ends no hourly charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare reports no stopped price for a spot instance or one without billing details, so no figure is given for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends at least %1</source>
        <extracomment>what releasing one instance stops costing; a price is not given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing stops at least %1 of charges for disks and image; a disk or image price is not given.</source>
        <extracomment>%1 an hourly figure such as ¥0.12/h; a disk or image price is not given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare gives no disk or image price for it, so what releasing stops costing is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data disks kept go on costing at least %1; a disk price is not given.</source>
        <extracomment>%1 an hourly figure such as ¥0.05/h; a data disk price is not given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data disks kept go on costing; their price is not given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::ReleaseRenameActions</name>
    <message>
        <source>R&amp;elease…</source>
        <extracomment>Release = delete the instance for good (释放实例)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release (delete) the selected stopped instances: the end of paying for them (Shift+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stopped instance to release first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected instance a new name (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>one instance left out: %1 name, %2 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming %1 to %2…</source>
        <extracomment>%1 the old name, %2 the new one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare refused the name %2 for %1 (%3). The name did not change.</source>
        <extracomment>%1 old name, %2 new name, %3 what CompShare answered (HTTP 503, request id …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare accepted the name %2 for %1; the list will show it at the next refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now called %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare accepted the name %2 for %1 but still lists the old name; the next refresh will show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to renaming %1 was lost, and the list still shows the old name. The name was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of %1 did not change. %2</source>
        <extracomment>%1 the old name, %2 why, a whole sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to renaming %1 (%2) did not say whether it was applied, and the list still shows the old name: the name did not change; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::RenameDialog</name>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1 (%2):</source>
        <extracomment>%1 the instance&apos;s name, %2 its id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 characters: Chinese characters, letters, digits and _ . , : -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <extracomment>button: send the new name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n character(s).</source>
        <extracomment>%n the most characters a name may have</extracomment>
        <translation>
            <numerusform>The name is longer than %n character.</numerusform>
            <numerusform>The name is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>A name cannot contain spaces.</source>
        <extracomment>%1 the character, e.g. “ ” or “/”</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::RowActionDelegate</name>
    <message>
        <source>Stopping…</source>
        <extracomment>row button while the instance&apos;s stop is under way</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force stop…</source>
        <extracomment>row button of a spot instance; opens the force stop confirmation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <extracomment>row button while the instance&apos;s start is under way</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebooting…</source>
        <extracomment>row button while the instance&apos;s reboot is under way</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing…</source>
        <extracomment>row button while the instance&apos;s release (deletion) is under way</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::ScheduleStopActions</name>
    <message>
        <source>Sc&amp;hedule stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule stop…</source>
        <extracomment>Toolbar text (no mnemonic)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let CompShare stop the selected instances at a set time, even when the console is closed (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled stop of %1 cancelled (confirmed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will stop at %2 (confirmed).</source>
        <extracomment>%1 instance, %2 time like 18:00</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled stop of %1 is not confirmed: the instance shows %2. %3</source>
        <extracomment>%1 instance, %2 what the instance shows now, %3 the error if any</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop when &amp;idle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare refused the scheduled stop of %1. %2</source>
        <extracomment>%1 instance name, %2 CompShare&apos;s error, a whole sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected instance after its GPUs have been idle for a while (only while the console runs) (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will stop in %2: its GPUs have been idle for %3. To keep it running, choose Keep running on the notification or switch off Stop when idle (Ctrl+Shift+I).</source>
        <extracomment>status bar; %1 instance, %2 the grace (&quot;2 min&quot;), %3 how long it has been idle (&quot;45 min&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled stop of %1 did not change. %2</source>
        <extracomment>%1 instance name, %2 why, a whole sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::ScheduleStopDialog</name>
    <message>
        <source>Schedule stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A skipped instance and the reason: &quot;gpu-spot-1: Spot instances cannot …&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected instances can have a scheduled stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare will stop &lt;b&gt;%1&lt;/b&gt; at the chosen time, even when this console is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by 1 hour (to %1)</source>
        <extracomment>%1 is the new stop time, e.g. 19:00</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 1 hour (at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonight at 23:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Skipped:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the scheduled stop of the listed instances.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::StateBadgeDelegate</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still %1 after %2 min</source>
        <extracomment>badge of an instance whose transition takes too long, e.g. &quot;still Stopping after 12 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>state and elapsed minutes:seconds, e.g. &quot;Stopping · 0:42&quot; or &quot;Stop requested · 0:02&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::StatusBanner</name>
    <message>
        <source>Dismiss</source>
        <extracomment>tooltip of the banner&apos;s close button</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what CompShare answered (RetCode, message, request id) to quote it to support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::StatusSummary</name>
    <message>
        <source>Loading…</source>
        <extracomment>the status bar&apos;s instance count before the first list has arrived</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 · refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s), %1 running</source>
        <extracomment>%Ln = instances in total, %1 = how many of them run</extracomment>
        <translation>
            <numerusform>%Ln instance, %1 running</numerusform>
            <numerusform>%Ln instances, %1 running</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepaid instances (hourly, daily, monthly, yearly) are paid in advance: stopping them saves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying — (no list yet)</source>
        <extracomment>the hourly burn before CompShare has answered with a list: no figure, not ¥0.00</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost appears once CompShare has answered with the instance list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the figures leave out, or count only in part: no cost is claimed for a price CompShare did not give, so the figures read &quot;at least&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::StopConfirmDialog</name>
    <message>
        <source>Stop %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Stop %1?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t ask again for ordinary stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary stops will happen without this question. Spot instances always ask. You can turn the question back on in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>button: stop the instance (not a forced stop)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CompShare reports the image status &quot;%2&quot; for %1, a value the console does not know. If an image is being made from it, CompShare may refuse the stop, or the image may be incomplete.</source>
        <extracomment>%1 instance name, %2 the CompShareImageStatus value exactly as CompShare sent it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::StopWhenIdleDialog</name>
    <message>
        <source>Stop when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 after its GPUs have been idle for</source>
        <extracomment>followed by a number of minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>unit suffix: minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 minutes: shorter idle spells are usually pauses between jobs.</source>
        <extracomment>%1 the shortest idle time accepted, in minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance is prepaid: stopping it saves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This runs only while CompShare Console is running. Before stopping, a notification gives you %1 to keep it running. As a safety net, also schedule a stop (Ctrl+Shift+T): CompShare does that one even when the console is closed.</source>
        <extracomment>%1 the grace between the warning and the stop, e.g. &quot;2 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min is below the minimum of %2 min: choose at least %2 min, or untick to switch it off.</source>
        <extracomment>%1 the minutes typed, %2 the shortest idle time accepted, in minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs count as idle only after %1 (Preferences ▸ Idle after), so it stops after %1 of idle use at the earliest.</source>
        <extracomment>%1 Preferences&apos; idle time, e.g. &quot;30 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its GPUs have been idle for %1 already: after OK it warns you at once and stops it in %2 unless you choose Keep running.</source>
        <extracomment>%1 how long its GPUs have been idle, e.g. &quot;45 min&quot;; %2 the grace, e.g. &quot;2 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>compshare::ui::WelcomeView</name>
    <message>
        <source>Welcome to CompShare Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See every CompShare GPU instance you own, in every region, and stop the ones you do not need. Add an API key to begin: its private key stays in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <extracomment>Opens the console on a built-in simulated cloud; nothing real is touched.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
