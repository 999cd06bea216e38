<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionVerdictText</name>
    <message>
        <source>The instance is no longer in the list.</source>
        <translation>该实例已不在列表中。</translation>
    </message>
    <message>
        <source>A request for this instance is on its way; wait for the answer.</source>
        <translation>该实例的请求正在发送中；请等待应答。</translation>
    </message>
    <message>
        <source>CompShare accepted the request at %1; waiting for the list to show it.</source>
        <extracomment>%1 is a time such as 14:02</extracomment>
        <translation>CompShare 已于 %1 接受请求；正在等待列表显示变化。</translation>
    </message>
    <message>
        <source>The answer to the last request was lost; waiting for the list to show whether it took effect.</source>
        <translation>上一个请求的应答丢失了；正在等待列表显示它是否已生效。</translation>
    </message>
    <message>
        <source>An operation on this instance is under way.</source>
        <translation>该实例正在执行操作。</translation>
    </message>
    <message>
        <source>Another operation holds this instance until %1 at the latest.</source>
        <extracomment>%1 is a time such as 14:12</extracomment>
        <translation>另一个操作正占用该实例，最晚到 %1。</translation>
    </message>
    <message>
        <source>The instance is %1; wait until that finishes.</source>
        <extracomment>%1 is a state such as &quot;Stopping&quot;</extracomment>
        <translation>实例状态为%1；请等待其完成。</translation>
    </message>
    <message>
        <source>The instance&apos;s state is not known right now; refresh to try again.</source>
        <translation>目前无法得知该实例的状态；请刷新后重试。</translation>
    </message>
    <message>
        <source>Nothing to do while the instance is %1.</source>
        <extracomment>%1 is a state such as &quot;Install Fail&quot;</extracomment>
        <translation>实例状态为%1时无可执行的操作。</translation>
    </message>
    <message>
        <source>Only a running instance can be stopped; this one is %1.</source>
        <extracomment>%1 is a state such as &quot;Stopped&quot;</extracomment>
        <translation>只有运行中的实例可以关机；该实例状态为%1。</translation>
    </message>
    <message>
        <source>Only a stopped instance can be started; this one is %1.</source>
        <extracomment>%1 is a state such as &quot;Running&quot;</extracomment>
        <translation>只有已关机的实例可以开机；该实例状态为%1。</translation>
    </message>
    <message>
        <source>Only a running instance can be rebooted; this one is %1.</source>
        <extracomment>%1 is a state such as &quot;Stopped&quot;</extracomment>
        <translation>只有运行中的实例可以重启；该实例状态为%1。</translation>
    </message>
    <message>
        <source>Stop requested</source>
        <translation>已请求关机</translation>
    </message>
    <message>
        <source>Start requested</source>
        <translation>已请求开机</translation>
    </message>
    <message>
        <source>Reboot requested</source>
        <translation>已请求重启</translation>
    </message>
    <message>
        <source>Only a stopped instance can be released; stop it first. This one is %1.</source>
        <extracomment>%1 is a state such as &quot;Running&quot;. Release = delete the instance (释放/删除)</extracomment>
        <translation>只有已关机的实例才能释放，请先关机。该实例当前为%1。</translation>
    </message>
    <message>
        <source>Release requested</source>
        <translation>已请求释放</translation>
    </message>
    <message>
        <source>This list was saved earlier; wait for CompShare&apos;s answer.</source>
        <translation>此列表是之前保存的，请等待 CompShare 的应答。</translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the last request did not say whether it was applied; waiting for the list to show whether it took effect.</source>
        <translation>优云智算对上一个请求的应答没有说明是否已执行；正在等待列表显示它是否已生效。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the CompShare API: %1.</source>
        <extracomment>%1 is the system&apos;s description of the network failure</extracomment>
        <translation>无法连接 CompShare API：%1。</translation>
    </message>
    <message>
        <source>The CompShare API did not answer within %1 seconds.</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>CompShare API 在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>The secure connection to the API was refused: %1.</source>
        <extracomment>%1 names the certificate problem, e.g. &quot;The certificate has expired&quot;</extracomment>
        <translation>与 API 的安全连接被拒绝：%1。</translation>
    </message>
    <message>
        <source>The API sent an answer the console cannot read: %1.</source>
        <extracomment>%1 says what was wrong with the answer</extracomment>
        <translation>API 返回了控制台无法解析的应答：%1。</translation>
    </message>
    <message>
        <source>The API is limiting how fast requests may be sent.</source>
        <translation>API 正在限制请求频率。</translation>
    </message>
    <message>
        <source>The API server had a problem (HTTP %1).</source>
        <extracomment>%1 is an HTTP status such as 503</extracomment>
        <translation>API 服务器出现故障（HTTP %1）。</translation>
    </message>
    <message>
        <source>The API answered with HTTP status %1.</source>
        <extracomment>%1 is an HTTP status such as 404</extracomment>
        <translation>API 返回了 HTTP 状态码 %1。</translation>
    </message>
    <message>
        <source>The API key pair was rejected: the signature did not match.</source>
        <translation>API 密钥对被拒绝：签名不匹配。</translation>
    </message>
    <message>
        <source>The public key does not exist.</source>
        <translation>该公钥不存在。</translation>
    </message>
    <message>
        <source>Another operation holds this instance; the lock lasts up to 10 minutes.</source>
        <translation>该实例正被另一项操作占用，锁定最长持续 10 分钟。</translation>
    </message>
    <message>
        <source>The instance is in arrears.</source>
        <translation>实例已欠费。</translation>
    </message>
    <message>
        <source>The instance has expired.</source>
        <translation>实例已过期。</translation>
    </message>
    <message>
        <source>The selected image does not support this GPU type.</source>
        <translation>所选镜像不支持该 GPU 型号。</translation>
    </message>
    <message>
        <source>There are not enough resources right now.</source>
        <translation>当前资源不足。</translation>
    </message>
    <message>
        <source>The account has not been verified with a real name.</source>
        <translation>该账户尚未完成实名认证。</translation>
    </message>
    <message>
        <source>The CompShare service reported an internal error.</source>
        <translation>CompShare 服务报告了内部错误。</translation>
    </message>
    <message>
        <source>Check the network connection and proxy settings, then try again.</source>
        <translation>请检查网络连接和代理设置，然后重试。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the network connection.</source>
        <translation>请重试；如果反复出现，请检查网络连接。</translation>
    </message>
    <message>
        <source>Check the system date and any proxy that intercepts secure connections.</source>
        <translation>请检查系统日期，以及是否有代理拦截了安全连接。</translation>
    </message>
    <message>
        <source>Try again later; if it persists, report it.</source>
        <translation>请稍后重试；如果问题持续，请反馈给我们。</translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translation>请稍等片刻再重试。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>请几分钟后重试。</translation>
    </message>
    <message>
        <source>Check the private key (copy it again from the API key page).</source>
        <translation>请检查私钥（从 API 密钥页面重新复制）。</translation>
    </message>
    <message>
        <source>Check the public key and that it belongs to your CompShare account.</source>
        <translation>请检查公钥，并确认它属于您的 CompShare 账户。</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <source>Pay the unpaid order in Order Management.</source>
        <translation>请在“订单管理”中支付未付订单。</translation>
    </message>
    <message>
        <source>Renew the instance in Renewal Management.</source>
        <translation>请在“续费管理”中为实例续费。</translation>
    </message>
    <message>
        <source>Try another GPU type.</source>
        <translation>请尝试其他 GPU 型号。</translation>
    </message>
    <message>
        <source>Complete the real-name verification on the CompShare website.</source>
        <translation>请在 CompShare 官网完成实名认证。</translation>
    </message>
    <message>
        <source>Try again later, or contact CompShare technical support.</source>
        <translation>请稍后重试，或联系 CompShare 技术支持。</translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; is not a valid web address.</source>
        <extracomment>%1 is the endpoint address the user or a setting gave</extracomment>
        <translation>API 地址“%1”不是有效的网址。</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for this computer (127.0.0.1, ::1, localhost), not for %1. Use an https:// address.</source>
        <extracomment>%1 is a host name; plain http would send the key signature unencrypted</extracomment>
        <translation>明文 http:// 只允许用于本机（127.0.0.1、::1、localhost），不能用于 %1。请使用 https:// 地址。</translation>
    </message>
    <message>
        <source>The API address must start with https:// (not %1://).</source>
        <extracomment>%1 is a URL scheme such as ftp</extracomment>
        <translation>API 地址必须以 https:// 开头（而不是 %1://）。</translation>
    </message>
    <message>
        <source>the answer has no TotalCount</source>
        <translation>应答中没有 TotalCount</translation>
    </message>
    <message>
        <source>the answer has no UHostSet</source>
        <translation>应答中没有 UHostSet</translation>
    </message>
    <message>
        <source>UHostSet is not a list</source>
        <translation>UHostSet 不是列表</translation>
    </message>
    <message>
        <source>ZoneInfo is not a list</source>
        <translation>ZoneInfo 不是列表</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <extracomment>%1 is the JSON parser&apos;s message, %2 a byte offset</extracomment>
        <translation>不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>An image usage-time update task already exists.</source>
        <translation>已存在一个镜像使用时长更新任务。</translation>
    </message>
    <message>
        <source>CompShare refused the request: %1</source>
        <extracomment>%1 is the server&apos;s own message, shown verbatim</extracomment>
        <translation>CompShare 拒绝了请求：%1</translation>
    </message>
    <message>
        <source>Wait for that task to finish, then try again.</source>
        <translation>请等待该任务完成后再试。</translation>
    </message>
    <message>
        <source>RetCode %1</source>
        <extracomment>%1 is the API&apos;s RetCode number</extracomment>
        <translation>错误码 RetCode %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>%1 is the gateway&apos;s own message, verbatim</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>request id %1</source>
        <extracomment>%1 is the X-UCLOUD-REQUEST-UUID of the answer</extracomment>
        <translation>请求 ID %1</translation>
    </message>
    <message>
        <source>CompShare&apos;s answer contradicts itself: %1.</source>
        <extracomment>%1 says which parts of the answer disagree</extracomment>
        <translation>CompShare 的应答自相矛盾：%1。</translation>
    </message>
    <message>
        <source>Try again later; if it persists, report it with the request id.</source>
        <translation>请稍后重试；如果问题持续，请附上请求 ID 反馈给我们。</translation>
    </message>
    <message>
        <source>%1 The request never left this computer, so nothing changed.</source>
        <extracomment>%1 is a whole sentence saying why, e.g. &quot;Could not reach the CompShare API: Connection closed.&quot;</extracomment>
        <translation>%1请求未离开这台电脑，因此未做任何更改。</translation>
    </message>
    <message>
        <source>the answer has neither TotalCount nor UHostSet</source>
        <translation>应答中既没有 TotalCount，也没有 UHostSet</translation>
    </message>
</context>
<context>
    <name>AutoStopText</name>
    <message>
        <source>not available for spot instances</source>
        <translation>抢占式实例不可用</translation>
    </message>
    <message>
        <source>Auto-stop</source>
        <extracomment>Column title: when the server-side scheduled stop happens</extracomment>
        <translation>定时关机</translation>
    </message>
    <message>
        <source>Time left until CompShare stops the instance by its schedule (works while the console is closed)</source>
        <translation>距 CompShare 按计划关机的剩余时间（控制台关闭时同样生效）</translation>
    </message>
    <message>
        <source>due</source>
        <extracomment>Auto-stop column: the scheduled time has come, the stop is under way</extracomment>
        <translation>即将关机</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>Countdown to the scheduled stop; %1 is e.g. &quot;1 h 20 min&quot; or &quot;&lt; 1 min&quot;</extracomment>
        <translation>%1后</translation>
    </message>
    <message>
        <source>Spot instances cannot have a scheduled stop: the platform may reclaim them at any time, and CompShare refuses a schedule for them.</source>
        <translation>抢占式实例不能设置定时关机：平台可能随时回收它们，CompShare 也会拒绝为其设置计划。</translation>
    </message>
    <message>
        <source>No scheduled stop. Schedule one with Instance ▸ Schedule stop… (Ctrl+Shift+T).</source>
        <translation>未设置定时关机。可通过“实例 ▸ 定时关机…”（Ctrl+Shift+T）设置。</translation>
    </message>
    <message>
        <source>CompShare stops this instance at %1, even when the console is closed.</source>
        <translation>CompShare 将在 %1 关闭此实例，即使控制台已关闭。</translation>
    </message>
    <message>
        <source>no scheduled stop</source>
        <extracomment>what a screen reader says for an empty Auto-stop cell</extracomment>
        <translation>没有定时关机</translation>
    </message>
    <message>
        <source>idle-stop · %1</source>
        <extracomment>Auto-stop column: stop when idle is on; %1 the idle time, e.g. &quot;30 min&quot;</extracomment>
        <translation>空闲关机 · %1</translation>
    </message>
    <message>
        <source>%1 · idle %2</source>
        <extracomment>Auto-stop column, both set: %1 the countdown (&quot;in 1 h 20 min&quot;), %2 the idle time of stop when idle (&quot;30 min&quot;). Keep it short: the column is narrow.</extracomment>
        <translation>%1 · 空闲关机 %2</translation>
    </message>
    <message>
        <source>Stop when idle: stops it after its GPUs have been idle for %1, while the console runs (Instance ▸ Stop when idle…, Ctrl+Shift+I).</source>
        <extracomment>%1 an idle time, e.g. &quot;30 min&quot;</extracomment>
        <translation>空闲时关机：GPU 空闲 %1 后将其关机，仅在控制台运行时有效（实例 ▸ 空闲时关机…，Ctrl+Shift+I）。</translation>
    </message>
    <message>
        <source>no scheduled stop; stops when idle for %1</source>
        <extracomment>screen reader, Auto-stop cell: %1 an idle time, e.g. &quot;30 min&quot;</extracomment>
        <translation>没有定时关机；空闲 %1 后关机</translation>
    </message>
    <message>
        <source>scheduled stop %1; stops when idle for %2</source>
        <extracomment>screen reader, Auto-stop cell: %1 the countdown (&quot;in 1 h 20 min&quot;), %2 an idle time</extracomment>
        <translation>定时关机：%1；空闲 %2 后关机</translation>
    </message>
</context>
<context>
    <name>BillText</name>
    <message>
        <source>%1/day</source>
        <extracomment>an amount billed by the day, e.g. &quot;¥48.00/day&quot;</extracomment>
        <translation>%1/天</translation>
    </message>
    <message>
        <source>%1/month</source>
        <extracomment>an amount billed by the month, e.g. &quot;¥1,068.00/month&quot;</extracomment>
        <translation>%1/月</translation>
    </message>
    <message>
        <source>%1/year</source>
        <extracomment>an amount billed by the year, e.g. &quot;¥11,280.00/year&quot;</extracomment>
        <translation>%1/年</translation>
    </message>
    <message>
        <source>%1 (period not known)</source>
        <extracomment>a price whose period is not known, as the instance&apos;s billing type is not known</extracomment>
        <translation>%1（计费周期未知）</translation>
    </message>
    <message>
        <source>at least %1</source>
        <extracomment>a lower bound: a part of the bill is not given; %1 e.g. &quot;¥0.10/h&quot;</extracomment>
        <translation>至少%1</translation>
    </message>
    <message>
        <source>billed by the day, price not given</source>
        <extracomment>a disk billed by the day whose price CompShare did not give</extracomment>
        <translation>包天计费，价格未提供</translation>
    </message>
    <message>
        <source>billed by the month, price not given</source>
        <translation>包月计费，价格未提供</translation>
    </message>
    <message>
        <source>billed by the year, price not given</source>
        <translation>包年计费，价格未提供</translation>
    </message>
    <message>
        <source>%1 (billed %2; the API gives no unit)</source>
        <extracomment>a price the API gives without a unit; %2 is its billing type as sent</extracomment>
        <translation>%1（计费方式：%2；接口未给出单位）</translation>
    </message>
    <message>
        <source>price not given (billed %1)</source>
        <extracomment>a disk billed by a type the console does not know (%1, as sent), with no price</extracomment>
        <translation>价格未提供（计费方式：%1）</translation>
    </message>
    <message>
        <source>Compute: price not given</source>
        <extracomment>the compute part of a bill: CompShare sent no InstancePrice</extracomment>
        <translation>计算资源：价格未提供</translation>
    </message>
    <message>
        <source>Disks: price not given (no disk price listed)</source>
        <extracomment>CompShare listed no disk with a price, though disks keep charging</extracomment>
        <translation>磁盘：价格未提供（未列出磁盘价格）</translation>
    </message>
    <message numerus="yes">
        <source>Disks: at least %1; %n disk price(s) not given</source>
        <extracomment>%1 what the disks with a price add up to; %n disks without a price</extracomment>
        <translation>
            <numerusform>磁盘：至少%1；%n个磁盘的价格未提供</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disks: %n disk price(s) not given</source>
        <translation>
            <numerusform>磁盘：%n个磁盘的价格未提供</numerusform>
        </translation>
    </message>
    <message>
        <source>Disk %1, not part of the hourly figure</source>
        <translation>磁盘%1，不计入每小时费用</translation>
    </message>
    <message>
        <source>Image: price not given</source>
        <extracomment>the image part of a bill: CompShare sent no CompShareImagePrice</extracomment>
        <translation>镜像：价格未提供</translation>
    </message>
    <message>
        <source>So the figure is a lower bound: it adds up only the prices CompShare gave.</source>
        <translation>因此该金额是下限：只累加了优云智算给出的价格。</translation>
    </message>
    <message>
        <source>CompShare sent no price for this instance: no cost is claimed, and it is left out of every total.</source>
        <translation>优云智算没有返回该实例的价格：不显示任何费用，也不计入任何合计。</translation>
    </message>
    <message>
        <source>So no figure is shown, and the instance is left out of every total.</source>
        <translation>因此不显示金额，该实例也不计入任何合计。</translation>
    </message>
    <message>
        <source>disks at least %1</source>
        <extracomment>what keeps charging while stopped: the disks, some without a price</extracomment>
        <translation>磁盘至少%1</translation>
    </message>
    <message>
        <source>disks (price not given)</source>
        <extracomment>what keeps charging while stopped: the disks, whose price is not given</extracomment>
        <translation>磁盘（价格未提供）</translation>
    </message>
    <message>
        <source>disks %1</source>
        <extracomment>what keeps charging while stopped: the disks, per hour</extracomment>
        <translation>磁盘%1</translation>
    </message>
    <message>
        <source>a disk %1</source>
        <extracomment>what keeps charging while stopped: a disk billed by day, month or year</extracomment>
        <translation>一块磁盘%1</translation>
    </message>
    <message>
        <source>image (price not given)</source>
        <extracomment>what keeps charging while stopped: the image, whose price is not given</extracomment>
        <translation>镜像（价格未提供）</translation>
    </message>
    <message>
        <source>image %1</source>
        <extracomment>what keeps charging while stopped: the paid image, per hour</extracomment>
        <translation>镜像%1</translation>
    </message>
    <message>
        <source>Compute %1 (CompShare&apos;s price action; the listing gave no instance price)</source>
        <extracomment>the compute part from GetCompShareInstancePrice, as the listing sent no usable InstancePrice</extracomment>
        <translation>计算 %1（CompShare 询价接口；列表未给出实例价格）</translation>
    </message>
    <message>
        <source>Compute %1 (the listing&apos;s instance price)</source>
        <translation>计算 %1（列表中的实例价格）</translation>
    </message>
    <message>
        <source>Disks %1 (CompShare&apos;s price action; the listing did not give every disk price)</source>
        <extracomment>the disks part from GetCompShareInstancePrice (system disk and data disks)</extracomment>
        <translation>磁盘 %1（CompShare 询价接口；列表未给出全部磁盘价格）</translation>
    </message>
    <message>
        <source>Disks %1 (the listing&apos;s price while powered off)</source>
        <translation>磁盘 %1（列表中的关机计费价格）</translation>
    </message>
    <message>
        <source>Disks %1 (the listing&apos;s hourly disk prices)</source>
        <translation>磁盘 %1（列表中的按小时磁盘价格）</translation>
    </message>
    <message>
        <source>Image %1 (the listing&apos;s image price, read as per hour)</source>
        <extracomment>CompShareImagePrice: the API gives no unit; read as per hour for the instance</extracomment>
        <translation>镜像 %1（列表中的镜像价格，按每小时计）</translation>
    </message>
    <message numerus="yes">
        <source>Image %1 (CompShare&apos;s price: %2 per GPU per hour × %n GPU(s); the listing gave no image price)</source>
        <extracomment>%1 the image per hour for the whole instance; %2 GetCompShareInstancePrice&apos;s image price per GPU per hour; %n the instance&apos;s GPUs</extracomment>
        <translation>
            <numerusform>镜像 %1（CompShare 报价：每 GPU 每小时 %2 × %n 个 GPU；列表未给出镜像价格）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Image %1 (CompShare&apos;s price: %2 per GPU per hour × %n GPU(s); the listing agrees)</source>
        <translation>
            <numerusform>镜像 %1（CompShare 报价：每 GPU 每小时 %2 × %n 个 GPU；列表一致）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Image %1 (CompShare&apos;s price: %2 per GPU per hour × %n GPU(s); the listing said %3)</source>
        <extracomment>%3 the listing&apos;s CompShareImagePrice, as sent (the listing gives no unit)</extracomment>
        <translation>
            <numerusform>镜像 %1（CompShare 报价：每 GPU 每小时 %2 × %n 个 GPU；列表为 %3）</numerusform>
        </translation>
    </message>
    <message>
        <source>Instance price %1 (from the listing), paid in advance.</source>
        <extracomment>a prepaid instance&apos;s InstancePrice with its period, e.g. &quot;¥1,068.00/month&quot;</extracomment>
        <translation>实例价格 %1（来自列表），已预付。</translation>
    </message>
    <message>
        <source>Instance price %1 (CompShare&apos;s price for this configuration today; the listing gave none), paid in advance.</source>
        <extracomment>%1 GetCompShareInstancePrice&apos;s price for one period of this configuration</extracomment>
        <translation>实例价格 %1（CompShare 今天对此配置的报价；列表未给出），已预付。</translation>
    </message>
    <message>
        <source>Instance price %1 (CompShare&apos;s price for this configuration today; the listing agrees), paid in advance.</source>
        <translation>实例价格 %1（CompShare 今天对此配置的报价；列表一致），已预付。</translation>
    </message>
    <message>
        <source>Instance price %1 (CompShare&apos;s price for this configuration today; the listing said %2), paid in advance.</source>
        <extracomment>%2 the listing&apos;s InstancePrice as sent: the listing gives no unit, so none is shown</extracomment>
        <translation>实例价格 %1（CompShare 今天对此配置的报价；列表为 %2），已预付。</translation>
    </message>
    <message>
        <source>CompShare&apos;s price action refused to price this configuration, so these are the listing&apos;s figures, unverified; the console asks again after an hour.</source>
        <extracomment>GetCompShareInstancePrice refused (an error code or HTTP status)</extracomment>
        <translation>CompShare 询价接口拒绝为此配置报价，因此这些是列表中的数字，未经核实；控制台一小时后再询问。</translation>
    </message>
    <message>
        <source>CompShare&apos;s price action did not answer, so these are the listing&apos;s figures, unverified; the console asks again after an hour.</source>
        <translation>CompShare 询价接口没有应答，因此这些是列表中的数字，未经核实；控制台一小时后再询问。</translation>
    </message>
    <message>
        <source>CompShare&apos;s price action gave no price for this billing type, so these are the listing&apos;s figures, unverified; the console asks again after an hour.</source>
        <extracomment>GetCompShareInstancePrice answered without a price for the instance&apos;s billing type</extracomment>
        <translation>CompShare 询价接口没有给出此计费方式的价格，因此这些是列表中的数字，未经核实；控制台一小时后再询问。</translation>
    </message>
    <message>
        <source>The listing does not describe this configuration fully enough to ask CompShare&apos;s price action, so these are the listing&apos;s figures, unverified.</source>
        <extracomment>the zone, GPU type or count, CPU, memory or billing type is missing from the listing</extracomment>
        <translation>列表对此配置的描述不足以向 CompShare 询价接口询价，因此这些是列表中的数字，未经核实。</translation>
    </message>
    <message>
        <source>CompShare&apos;s price includes its night discount (asked %1).</source>
        <extracomment>InstanceDiscountType 1; %1 when the price was asked</extracomment>
        <translation>CompShare 的报价含夜间折扣（询价于 %1）。</translation>
    </message>
    <message>
        <source>CompShare&apos;s price includes its holiday discount (asked %1).</source>
        <extracomment>InstanceDiscountType 2; %1 when the price was asked</extracomment>
        <translation>CompShare 的报价含节假日折扣（询价于 %1）。</translation>
    </message>
    <message>
        <source>CompShare&apos;s price includes a discount (type %1, asked %2).</source>
        <extracomment>an InstanceDiscountType the API page does not document; %2 when the price was asked</extracomment>
        <translation>CompShare 的报价含折扣（类型 %1，询价于 %2）。</translation>
    </message>
    <message>
        <source>Compute %1 (CompShare&apos;s price action; the listing agrees)</source>
        <translation>计算 %1（CompShare 询价接口；列表一致）</translation>
    </message>
    <message>
        <source>Compute %1 (CompShare&apos;s price action for this configuration today; the listing said %2)</source>
        <extracomment>%1 what GetCompShareInstancePrice answers for this configuration today, per hour (it wins); %2 the listing&apos;s InstancePrice per hour</extracomment>
        <translation>计算 %1（CompShare 询价接口今天对此配置的报价；列表为 %2）</translation>
    </message>
    <message>
        <source>Disks %1 (CompShare&apos;s price action; the listing agrees)</source>
        <translation>磁盘 %1（CompShare 询价接口；列表一致）</translation>
    </message>
    <message>
        <source>Disks %1 (CompShare&apos;s price action; the listing said %2)</source>
        <extracomment>%1 what GetCompShareInstancePrice answers for the disks, per hour (it wins); %2 the listing&apos;s disk prices per hour</extracomment>
        <translation>磁盘 %1（CompShare 询价接口；列表为 %2）</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run on the built-in demo cloud (no API key needed).</source>
        <translation>在内置的演示云上运行（无需 API 密钥）。</translation>
    </message>
    <message>
        <source>API endpoint (default https://api.compshare.cn/).</source>
        <translation>API 地址（默认 https://api.compshare.cn/）。</translation>
    </message>
    <message>
        <source>Credential profile to use.</source>
        <translation>要使用的凭证配置。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Save a picture of the window once the list has loaded, then quit.</source>
        <translation>列表加载完成后保存窗口截图，然后退出。</translation>
    </message>
    <message>
        <source>With --demo: generate N instances instead of the demo set.</source>
        <translation>与 --demo 一起使用：生成 N 个实例，代替默认的演示实例。</translation>
    </message>
    <message>
        <source>Not a valid URL: %1</source>
        <translation>不是有效的 URL：%1</translation>
    </message>
    <message>
        <source>Unsupported language: %1 (use zh_CN or en)</source>
        <translation>不支持的语言：%1（请使用 zh_CN 或 en）</translation>
    </message>
    <message>
        <source>--demo-instances takes a number from 0 to 100000</source>
        <translation>--demo-instances 的值必须是 0 到 100000 之间的数字</translation>
    </message>
    <message>
        <source>See and stop your CompShare GPU instances in every region.</source>
        <translation>查看并关停您在所有地域的 CompShare GPU 实例。</translation>
    </message>
    <message>
        <source>Start in the background, without showing the window (as at login); a second launch shows it.</source>
        <translation>在后台启动，不显示窗口（如登录时自动启动）；再次启动时显示窗口。</translation>
    </message>
</context>
<context>
    <name>ConsoleApplication</name>
    <message>
        <source>CompShare Console</source>
        <extracomment>The application&apos;s name in window titles</extracomment>
        <translation>优云智算控制台</translation>
    </message>
</context>
<context>
    <name>CostText</name>
    <message>
        <source>¥%1</source>
        <extracomment>An amount of money in yuan, no unit of time</extracomment>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>days and hours, e.g. &quot;4 d 21 h&quot;</extracomment>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes, e.g. &quot;3 h 12 min&quot;</extracomment>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date format (Qt QDate::toString) for &quot;prepaid to 21 Sep&quot;; Chinese: M月d日</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>%1 disks</source>
        <extracomment>Cost now of a stopped pay-as-you-go instance: its disks per hour</extracomment>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <source>not free when stopped</source>
        <extracomment>A stopped spot instance: not covered by &quot;no charge while stopped&quot;</extracomment>
        <translation>关机仍计费</translation>
    </message>
    <message>
        <source>prepaid to %1</source>
        <translation>已预付至 %1</translation>
    </message>
    <message>
        <source>prepaid</source>
        <translation>预付费</translation>
    </message>
    <message>
        <source>Up %1 · %2 so far</source>
        <extracomment>running time since StartTime, and what it cost since then</extracomment>
        <translation>已运行 %1 · 累计 %2</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>已关机 %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>reclaimed in %1</source>
        <extracomment>time left before CompShare reclaims (deletes) the stopped instance</extracomment>
        <translation>%1后回收</translation>
    </message>
    <message>
        <source>due for reclaim now</source>
        <translation>即将回收</translation>
    </message>
    <message>
        <source>(estimate)</source>
        <extracomment>the reclaim time is worked out from StopTime (12:00 on day 7), as the API sent no ReleaseTime</extracomment>
        <translation>（估算）</translation>
    </message>
    <message>
        <source>Prepaid (%1), expired</source>
        <translation>预付费（%1），已到期</translation>
    </message>
    <message>
        <source>Prepaid (%1) until %2</source>
        <translation>预付费（%1），有效期至 %2</translation>
    </message>
    <message>
        <source>Prepaid (%1)</source>
        <translation>预付费（%1）</translation>
    </message>
    <message>
        <source>renews automatically</source>
        <translation>自动续费</translation>
    </message>
    <message>
        <source>does not renew automatically</source>
        <translation>不自动续费</translation>
    </message>
    <message>
        <source>expires in %1: renew it or it will be reclaimed</source>
        <translation>%1后到期：请及时续费，否则将被回收</translation>
    </message>
    <message>
        <source>Spot: not covered by &quot;no charge while stopped&quot;.</source>
        <translation>抢占式：不适用“关机不收费”。</translation>
    </message>
    <message>
        <source>Stopped pay as you go: CPU, GPU and memory are not charged.</source>
        <translation>已关机的按量付费实例：CPU、GPU 和内存不计费。</translation>
    </message>
    <message>
        <source>Spot instances are not covered by &quot;no charge while stopped&quot;, and CompShare reports no price for a stopped one. Release (delete) it to stop paying.</source>
        <translation>抢占式实例不适用“关机不收费”，且 CompShare 不提供已关机抢占式实例的价格。如需停止付费，请释放（删除）该实例。</translation>
    </message>
    <message>
        <source>Paid in advance: stopping saves nothing; not counted in the hourly burn.</source>
        <translation>已预付：关机不会节省费用；不计入每小时费用。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>GPU utilisation in percent</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>CompShare sent no GPU utilisation for this instance: no idleness is claimed.</source>
        <translation>CompShare 未提供该实例的 GPU 利用率：不判断是否空闲。</translation>
    </message>
    <message>
        <source>Average %1 %, maximum %2 %</source>
        <translation>平均 %1 %，最高 %2 %</translation>
    </message>
    <message>
        <source>GPU %1: %2, memory %3</source>
        <extracomment>one GPU: its index, utilisation and memory use</extracomment>
        <translation>GPU %1：%2，显存 %3</translation>
    </message>
    <message>
        <source>Idle %1</source>
        <extracomment>badge on an instance whose GPUs have been idle for a while</extracomment>
        <translation>空闲 %1</translation>
    </message>
    <message>
        <source>Paying %1</source>
        <translation>正在计费 %1</translation>
    </message>
    <message>
        <source>≈ %1/day</source>
        <extracomment>the hourly burn projected over 24 hours</extracomment>
        <translation>≈ %1/天</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prepaid</source>
        <translation>
            <numerusform>%Ln 个预付费</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running pay as you go and spot: %1 (%Ln instance(s))</source>
        <translation>
            <numerusform>运行中的按量付费和抢占式实例：%1（%Ln 个实例）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped pay as you go, disks and images: %1 (%Ln instance(s))</source>
        <translation>
            <numerusform>已关机的按量付费实例（磁盘和镜像）：%1（%Ln 个实例）</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1, about %2 per day at this rate</source>
        <translation>合计 %1，按此速率每天约 %2</translation>
    </message>
    <message numerus="yes">
        <source>Prepaid (hourly, daily, monthly, yearly): %Ln instance(s), already paid, not in the hourly figure</source>
        <translation>
            <numerusform>预付费（按时、按天、包月、包年）：%Ln 个实例，已支付，不计入每小时费用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln prepaid instance(s) expire within 3 days without auto-renew</source>
        <translation>
            <numerusform>%Ln 个预付费实例将在 3 天内到期，且未开启自动续费</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stopped spot instance(s): not free while stopped, no price reported</source>
        <translation>
            <numerusform>%Ln 个已关机的抢占式实例：关机期间仍计费，未提供价格</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: GPU idle %2, %3 — Stop…</source>
        <extracomment>idle notification: name, how long the GPUs were idle, what it costs per hour</extracomment>
        <translation>%1：GPU 已空闲 %2，%3 — 关机…</translation>
    </message>
    <message>
        <source>Stopped instance about to be reclaimed</source>
        <translation>已关机实例即将被回收</translation>
    </message>
    <message>
        <source>The billing type or state is not known: no cost is claimed, and it is left out of every total.</source>
        <translation>计费方式或状态未知：不显示费用，也不计入任何合计。</translation>
    </message>
    <message>
        <source>Paying —</source>
        <extracomment>status bar: nothing has a known hourly cost, but some instances&apos; cost is unknown</extracomment>
        <translation>正在计费 —</translation>
    </message>
    <message>
        <source>≈ —/day</source>
        <translation>≈ —/天</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) with unknown billing, not counted</source>
        <extracomment>status bar: instances whose billing type or state is not known</extracomment>
        <translation>
            <numerusform>%Ln 个实例计费方式未知，未计入</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Date format (Qt QDate::toString) with the year, for &quot;expired 21 Sep 2026&quot;; Chinese: yyyy年M月d日</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>expired %1</source>
        <extracomment>details: a prepaid instance past its expiry date</extracomment>
        <translation>已于%1到期</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Auto-renew: CompShare did not say (AutoRenew missing or not Yes/No)</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Stopping saves %1; CompShare reports no disk or image price that keeps charging.</source>
        <extracomment>%1 what stopping saves per hour; the API listed nothing that keeps charging</extracomment>
        <translation>关机可节省 %1；CompShare 未报告关机后继续计费的磁盘或镜像价格。</translation>
    </message>
    <message>
        <source>Stopping saves %1; still charged: %2.</source>
        <extracomment>%1 what stopping saves per hour; %2 the named parts that keep charging, e.g. &quot;disks ¥0.07/h and image ¥0.10/h&quot;</extracomment>
        <translation>关机可节省 %1；仍然计费：%2。</translation>
    </message>
    <message>
        <source>%1 disks + image</source>
        <extracomment>Cost now of a stopped pay-as-you-go instance: its disks and image per hour</extracomment>
        <translation>%1 磁盘+镜像</translation>
    </message>
    <message>
        <source>data kept until %1</source>
        <extracomment>a stopped spot instance: the 7 days its data is kept are over</extracomment>
        <translation>数据保留至 %1</translation>
    </message>
    <message>
        <source>data kept %1</source>
        <extracomment>a stopped spot instance: how long CompShare still keeps its data</extracomment>
        <translation>数据还保留 %1</translation>
    </message>
    <message>
        <source>Prepaid (%1), expired %2</source>
        <extracomment>%1 billing type, %2 the expiry date, e.g. &quot;21 Sep 2026&quot;</extracomment>
        <translation>预付费（%1），已于%2到期</translation>
    </message>
    <message>
        <source>auto-renew unknown</source>
        <translation>是否自动续费未知</translation>
    </message>
    <message>
        <source>renew it, or CompShare reclaims it (its data cannot be recovered)</source>
        <translation>请续费，否则 CompShare 将回收它（数据无法恢复）</translation>
    </message>
    <message>
        <source>Not running: no live GPU use, and no idleness is claimed.</source>
        <extracomment>GPU use of an instance that is not running: no live figure</extracomment>
        <translation>未在运行：没有实时 GPU 使用率，也不判断是否空闲。</translation>
    </message>
    <message>
        <source>Paying %1 (%2 for stopped instances)</source>
        <extracomment>status bar: the hourly cost of everything pay-as-you-go, and the part for stopped instances&apos; disks</extracomment>
        <translation>正在支付 %1（其中已关机实例 %2）</translation>
    </message>
    <message>
        <source>%1 expired</source>
        <extracomment>status bar, in &quot;5 prepaid (1 expired, 2 expiring)&quot;</extracomment>
        <translation>%1 台已到期</translation>
    </message>
    <message>
        <source>%1 expiring</source>
        <extracomment>status bar, in &quot;5 prepaid (1 expired, 2 expiring)&quot;: expire soon without auto-renew</extracomment>
        <translation>%1 台即将到期</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prepaid (%1)</source>
        <extracomment>%Ln prepaid instances; %1 &quot;1 expired, 2 expiring&quot;</extracomment>
        <translation>
            <numerusform>%Ln 台预付费（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prepaid instance(s) expired: renew them or CompShare reclaims them</source>
        <translation>
            <numerusform>%Ln 台预付费实例已到期：请续费，否则 CompShare 将回收</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has been stopped for almost a week: CompShare reclaims it in %2%3, and it cannot be recovered. Start it to keep it.</source>
        <extracomment>%1 instance name, %2 time left; reclaimed = deleted by CompShare for good %1 instance name, %2 time left, %3 &quot; (estimate)&quot; or nothing</extracomment>
        <translation>%1 已关机近一周：CompShare 将在 %2%3后回收它，且无法恢复。开机即可保留。</translation>
    </message>
    <message>
        <source>CompShare gave no reclaim time: a pay-as-you-go instance stopped for a week is reclaimed at %2:00 (China time) on day %1 after the stop, so %3 at the earliest.</source>
        <extracomment>%1 the day (7), %2 the hour (12), %3 the estimated date and time</extracomment>
        <translation>CompShare 未给出回收时间：按量付费实例关机后第 %1 天的 %2:00（北京时间）被回收，因此最早在 %3。</translation>
    </message>
    <message>
        <source>CompShare sent no price for this instance, so what stopping it saves is not known.</source>
        <extracomment>a running pay-as-you-go instance that came without InstancePrice</extracomment>
        <translation>优云智算没有返回该实例的价格，因此关机能节省多少未知。</translation>
    </message>
    <message>
        <source>Up %1 · at least %2 so far</source>
        <extracomment>running time since StartTime, and a lower bound of what it cost since then</extracomment>
        <translation>已运行%1 · 累计至少%2</translation>
    </message>
    <message>
        <source>Up %1</source>
        <extracomment>running time since StartTime; what it cost is not known (no price)</extracomment>
        <translation>已运行%1</translation>
    </message>
    <message>
        <source>Paying at least %1 (%2 for stopped instances)</source>
        <extracomment>status bar: a lower bound (some prices are not given); %2 the part for stopped instances, e.g. &quot;¥0.12/h&quot; or &quot;at least ¥0.12/h&quot;</extracomment>
        <translation>正在计费至少%1（其中已关机实例%2）</translation>
    </message>
    <message>
        <source>Paying at least %1</source>
        <extracomment>status bar: a lower bound of the hourly cost (some prices are not given)</extracomment>
        <translation>正在计费至少%1</translation>
    </message>
    <message>
        <source>at least %1/day</source>
        <extracomment>the hourly lower bound projected over 24 hours</extracomment>
        <translation>每天至少%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) counted in part (a price not given)</source>
        <extracomment>status bar: instances whose bill has a part CompShare did not give (a disk or image price); their known parts are in the figures</extracomment>
        <translation>
            <numerusform>%Ln个实例仅部分计入（有价格未提供）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) without a price, not counted</source>
        <extracomment>status bar: instances paying by the hour whose price CompShare did not give</extracomment>
        <translation>
            <numerusform>%Ln个实例没有价格，未计入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stopped spot instance(s) without a price, not counted</source>
        <extracomment>status bar: stopped spot instances are not free, and CompShare reports no price</extracomment>
        <translation>
            <numerusform>%Ln个已关机的抢占式实例没有价格，未计入</numerusform>
        </translation>
    </message>
    <message>
        <source>Total at least %1, at least %2 per day at this rate</source>
        <extracomment>the total is a lower bound: some prices are not given or instances are left out</extracomment>
        <translation>合计至少%1，按此速率每天至少%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) counted in part: a disk or image price is not given, so only the prices CompShare gave are added</source>
        <translation>
            <numerusform>%Ln个实例仅部分计入：磁盘或镜像价格未提供，只累加了优云智算给出的价格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) paying by the hour without a price: not counted</source>
        <translation>
            <numerusform>%Ln个按小时计费的实例没有价格：未计入</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: GPU idle %2 — Stop…</source>
        <extracomment>idle notification: name, how long the GPUs were idle (no price known)</extracomment>
        <translation>%1：GPU已空闲%2 — 关机…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) not counted</source>
        <extracomment>status bar, short: instances left out of the figures (the tooltip says why)</extracomment>
        <translation>
            <numerusform>%Ln个实例未计入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s) counted in part</source>
        <extracomment>status bar, short: instances whose known prices only are in the figures</extracomment>
        <translation>
            <numerusform>%Ln个实例仅部分计入</numerusform>
        </translation>
    </message>
    <message>
        <source>CompShare keeps a stopped spot instance&apos;s data for %1 days: until %2 (%3 left). Start it before then to keep it.</source>
        <extracomment>%1 days (7), %2 a date and time, %3 the time left</extracomment>
        <translation>优云智算会保留已关机抢占式实例的数据%1天：直到%2（还剩%3）。请在此之前开机以保留数据。</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>Stop</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Force stop</source>
        <translation>强制关机</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>Start without GPU</source>
        <translation>无卡开机</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Release, data disks kept</source>
        <translation>释放，保留数据盘</translation>
    </message>
    <message>
        <source>Release with its data disks</source>
        <translation>释放，连同数据盘</translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation>改名为“%1”</translation>
    </message>
    <message>
        <source>Scheduled stop at %1</source>
        <translation>定时关机：%1</translation>
    </message>
    <message>
        <source>Scheduled stop cancelled</source>
        <translation>取消定时关机</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Refused (HTTP %1)</source>
        <translation>被拒绝（HTTP %1）</translation>
    </message>
    <message>
        <source>Refused (RetCode %1)</source>
        <translation>被拒绝（RetCode %1）</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>No answer; not sent again</source>
        <translation>未收到应答，未重发</translation>
    </message>
    <message>
        <source>No answer recorded</source>
        <translation>未记录应答</translation>
    </message>
    <message>
        <source>Took effect</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Did not take effect</source>
        <translation>未生效</translation>
    </message>
    <message>
        <source>Unknown: no list could be read</source>
        <translation>未知：未能读取列表</translation>
    </message>
    <message>
        <source>No change shown yet</source>
        <translation>列表尚未显示变化</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <source>no request id</source>
        <translation>无请求 ID</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>请求 ID %1</translation>
    </message>
    <message>
        <source>%1, sent %2. Answer: %3. Result: %4. (%5)</source>
        <extracomment>%1 what was sent, %2 when, %3 CompShare&apos;s answer, %4 what the list showed, %5 request id</extracomment>
        <translation>%1，发送于 %2。应答：%3。结果：%4。（%5）</translation>
    </message>
    <message>
        <source>Never left this computer</source>
        <translation>未离开这台电脑</translation>
    </message>
    <message>
        <source>%1, tried %2: the connection failed before the request left this computer, so nothing changed.</source>
        <extracomment>%1 what the console tried to send, %2 when</extracomment>
        <translation>%1，尝试于 %2：请求离开这台电脑之前连接就失败了，因此未做任何更改。</translation>
    </message>
    <message>
        <source>HTTP %1, which does not say whether it was applied; not sent again</source>
        <extracomment>an answer such as HTTP 504 that does not say whether the request was applied</extracomment>
        <translation>HTTP %1，未说明是否已执行；未重发</translation>
    </message>
    <message>
        <source>RetCode %1, which does not say whether it was applied; not sent again</source>
        <extracomment>an answer such as RetCode 8433 (service error)</extracomment>
        <translation>RetCode %1，未说明是否已执行；未重发</translation>
    </message>
    <message>
        <source>An unreadable answer; not sent again</source>
        <translation>应答无法读取；未重发</translation>
    </message>
</context>
<context>
    <name>InstanceText</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>CPU / Memory</source>
        <extracomment>Column title: vCPU count and memory size</extracomment>
        <translation>CPU / 内存</translation>
    </message>
    <message>
        <source>Billing</source>
        <extracomment>Column title: billing mode (pay as you go, monthly, spot)</extracomment>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Zone</source>
        <extracomment>Column title: region and availability zone</extracomment>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>公网 IP</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Price per hour while the instance runs</source>
        <translation>实例运行时每小时的价格</translation>
    </message>
    <message>
        <source>How the instance is billed; spot instances are preemptible</source>
        <translation>实例的计费方式；抢占式实例可能被随时回收</translation>
    </message>
    <message>
        <source>Initializing</source>
        <translation>初始化中</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>开机中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>关机中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Install failed</source>
        <translation>安装失败</translation>
    </message>
    <message>
        <source>Rebooting</source>
        <translation>重启中</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>升降配中</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>%1 is the state text the API sent that the console does not know</extracomment>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>包年</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>包月</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>Pay as you go</source>
        <translation>按量付费</translation>
    </message>
    <message>
        <source>Spot</source>
        <extracomment>Preemptible instance billing type</extracomment>
        <translation>抢占式</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>¥%1/h</source>
        <extracomment>Price per hour; %1 is the amount in yuan. Chinese: ¥%1/小时</extracomment>
        <translation>¥%1/小时</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Button: stop (shut down) the instance</extracomment>
        <translation>关机</translation>
    </message>
    <message>
        <source>Force stop…</source>
        <extracomment>Button: force-stop a spot instance; opens a confirmation</extracomment>
        <translation>强制关机…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>CompShare did not report a state (its backend timed out).</source>
        <translation>CompShare 没有返回状态（后端超时）。</translation>
    </message>
    <message>
        <source>CompShare reported a state the console does not know: %1</source>
        <translation>CompShare 返回了控制台不认识的状态：%1</translation>
    </message>
    <message>
        <source>Spot (preemptible): CompShare can reclaim it at any time and stops it only as a forced stop.</source>
        <translation>抢占式实例：CompShare 可能随时回收，且只能强制关机。</translation>
    </message>
    <message>
        <source>Cost now</source>
        <extracomment>Column title: what the instance costs right now, running or stopped</extracomment>
        <translation>当前费用</translation>
    </message>
    <message>
        <source>GPU use</source>
        <extracomment>Column title: current GPU utilisation</extracomment>
        <translation>GPU 利用率</translation>
    </message>
    <message>
        <source>What the instance costs right now: running price, the disks of a stopped pay-as-you-go instance, or the end of a prepaid period</source>
        <translation>实例当前的费用：运行价格、已关机按量付费实例的磁盘费用，或预付费周期的到期时间</translation>
    </message>
    <message>
        <source>Average GPU utilisation from CompShare&apos;s monitoring; — when it sent none</source>
        <translation>来自 CompShare 监控的平均 GPU 利用率；无数据时显示 —</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Reinstalling</source>
        <translation>重装中</translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>CompShareImageStatus &quot;Normal&quot;: the instance&apos;s image is usable</extracomment>
        <translation>可用</translation>
    </message>
    <message>
        <source>Making an image</source>
        <translation>制作镜像中</translation>
    </message>
    <message>
        <source>Hourly prepaid</source>
        <extracomment>Dynamic billing: hours paid in advance (按时/包时, prepaid), not pay as you go</extracomment>
        <translation>按时预付费</translation>
    </message>
    <message>
        <source>%1 (billing unknown)</source>
        <extracomment>%1 is a ChargeType the console does not know, shown as the API sent it</extracomment>
        <translation>%1（计费方式未知）</translation>
    </message>
    <message>
        <source>(%1)</source>
        <extracomment>GPU memory per card, e.g. &quot;(24 GB)&quot;</extracomment>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>%1 vCPU / %2</source>
        <extracomment>%1 vCPU count, %2 memory with its unit, e.g. &quot;64 GB&quot; or &quot;512 MB&quot;</extracomment>
        <translation>%1 核 / %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <extracomment>a size in megabytes, e.g. &quot;512 MB&quot;</extracomment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <extracomment>a size in gigabytes, e.g. &quot;64 GB&quot;</extracomment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Available</source>
        <extracomment>CompShareImageStatus &quot;Available&quot;, shown as sent before; in words now</extracomment>
        <translation>可用</translation>
    </message>
    <message>
        <source>No action</source>
        <extracomment>Screen reader: the Action cell of a row that has no button (e.g. an instance that failed to install); the reason follows as its description</extracomment>
        <translation>无可用操作</translation>
    </message>
</context>
<context>
    <name>KeyProblemText</name>
    <message>
        <source>The public key of profile &quot;%1&quot; is blank. Enter the key pair again.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>配置“%1”的公钥为空。请重新输入密钥对。</translation>
    </message>
    <message>
        <source>The public key of profile &quot;%1&quot; is wrapped in quotes. Enter the key pair again, without the quotes.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>配置“%1”的公钥带有引号。请重新输入密钥对，不要加引号。</translation>
    </message>
    <message>
        <source>The public key of profile &quot;%1&quot; has a space or line break inside it. Enter the key pair again, each key as one line.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>配置“%1”的公钥中间含有空格或换行。请重新输入密钥对，每个密钥保持为一行。</translation>
    </message>
    <message>
        <source>The public key of profile &quot;%1&quot; holds a character no CompShare key has. Enter the key pair again.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>配置“%1”的公钥含有 CompShare 密钥中不会出现的字符。请重新输入密钥对。</translation>
    </message>
    <message>
        <source>The private key saved for profile &quot;%1&quot; is blank. Enter the key pair again.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>配置“%1”保存的私钥为空。请重新输入密钥对。</translation>
    </message>
    <message>
        <source>The private key saved for profile &quot;%1&quot; is wrapped in quotes. Enter the key pair again, without the quotes.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>配置“%1”保存的私钥带有引号。请重新输入密钥对，不要加引号。</translation>
    </message>
    <message>
        <source>The private key saved for profile &quot;%1&quot; has a space or line break inside it. Enter the key pair again, each key as one line.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>配置“%1”保存的私钥中间含有空格或换行。请重新输入密钥对，每个密钥保持为一行。</translation>
    </message>
    <message>
        <source>The private key saved for profile &quot;%1&quot; holds a character no CompShare key has. Enter the key pair again.</source>
        <extracomment>%1 is a profile name</extracomment>
        <translation>配置“%1”保存的私钥含有 CompShare 密钥中不会出现的字符。请重新输入密钥对。</translation>
    </message>
    <message>
        <source>%1 is set but blank. While it is set, the console uses no other key, so it is connected to no account. Set it to your key, or unset it.</source>
        <extracomment>%1 is an environment variable such as COMPSHARE_PRIVATE_KEY</extracomment>
        <translation>%1 已设置但为空。只要它仍被设置，控制台就不会改用其他密钥，因此未连接任何账号。请把它设为您的密钥，或取消设置。</translation>
    </message>
    <message>
        <source>%1 is wrapped in quotes. While it is set, the console uses no other key, so it is connected to no account. Set it to the key alone, without the quotes.</source>
        <extracomment>%1 is an environment variable such as COMPSHARE_PRIVATE_KEY</extracomment>
        <translation>%1 的值带有引号。只要它仍被设置，控制台就不会改用其他密钥，因此未连接任何账号。请只填写密钥本身，不要加引号。</translation>
    </message>
    <message>
        <source>%1 has a space or line break inside the key. While it is set, the console uses no other key, so it is connected to no account. Copy the key again as one line.</source>
        <extracomment>%1 is an environment variable such as COMPSHARE_PRIVATE_KEY</extracomment>
        <translation>%1 的密钥中间有空格或换行。只要它仍被设置，控制台就不会改用其他密钥，因此未连接任何账号。请重新复制密钥，保持为一行。</translation>
    </message>
    <message>
        <source>%1 holds a character no CompShare key has (keys are plain ASCII letters, digits and symbols). While it is set, the console uses no other key, so it is connected to no account. Copy the key again from the CompShare console.</source>
        <extracomment>%1 is an environment variable such as COMPSHARE_PRIVATE_KEY</extracomment>
        <translation>%1 含有优云智算密钥中不会出现的字符（密钥只由 ASCII 字母、数字和符号组成）。只要它仍被设置，控制台就不会改用其他密钥，因此未连接任何账号。请从优云智算控制台重新复制密钥。</translation>
    </message>
</context>
<context>
    <name>ListSanity</name>
    <message>
        <source>it announces %1 instances, more than the %2 the console lists</source>
        <extracomment>%1 is the TotalCount the answer announced, %2 the most the console lists</extracomment>
        <translation>应答声称有 %1 个实例，超过控制台可列出的上限 %2 个</translation>
    </message>
    <message>
        <source>it announces %1 instance(s) but lists none</source>
        <extracomment>%1 is the TotalCount of an answer whose list of instances is empty</extracomment>
        <translation>应答声称有 %1 个实例，却一个也没有列出</translation>
    </message>
    <message>
        <source>the page from instance %1 is empty while it announces %2 instance(s)</source>
        <extracomment>%1 the position of the first record asked for, %2 the TotalCount the same answer announced</extracomment>
        <translation>从第 %1 个实例起的一页为空，而应答声称共有 %2 个实例</translation>
    </message>
    <message>
        <source>instance %1 is listed twice in one listing of %2 instance(s)</source>
        <extracomment>%1 is an instance id (UHostId), %2 the TotalCount every page announced</extracomment>
        <translation>实例 %1 在同一次列表（共 %2 个实例）中出现了两次</translation>
    </message>
</context>
<context>
    <name>ListWarningText</name>
    <message>
        <source>CompShare announced %1 instances but sent %2: the list shows the %2 it sent.</source>
        <extracomment>%1 the TotalCount CompShare announced, %2 how many instances it actually sent</extracomment>
        <translation>优云智算声称有 %1 个实例，但只返回了 %2 个：列表显示返回的这 %2 个。</translation>
    </message>
    <message>
        <source>CompShare announced %1 instances but sent %2: the list shows the %2 it sent (request id %3).</source>
        <extracomment>%1 the TotalCount CompShare announced, %2 how many it sent, %3 the answer&apos;s request id</extracomment>
        <translation>优云智算声称有 %1 个实例，但只返回了 %2 个：列表显示返回的这 %2 个（请求 ID %3）。</translation>
    </message>
    <message>
        <source>Record %1 of CompShare&apos;s list could not be read: it is not an instance record. It is not in the list or in the totals.</source>
        <extracomment>%1 the record&apos;s place in CompShare&apos;s list (1 = the first)</extracomment>
        <translation>优云智算返回的列表中第 %1 条记录无法读取：它不是实例记录。它不在列表中，也不计入合计。</translation>
    </message>
    <message>
        <source>Record %1 of CompShare&apos;s list (named &quot;%2&quot;) has no instance ID, so it could not be read. It is not in the list or in the totals.</source>
        <extracomment>%1 the record&apos;s place in CompShare&apos;s list, %2 the name it carried</extracomment>
        <translation>优云智算返回的列表中第 %1 条记录（名称为“%2”）没有实例 ID，因此无法读取。它不在列表中，也不计入合计。</translation>
    </message>
    <message>
        <source>Record %1 of CompShare&apos;s list has no instance ID, so it could not be read. It is not in the list or in the totals.</source>
        <extracomment>%1 the record&apos;s place in CompShare&apos;s list (1 = the first)</extracomment>
        <translation>优云智算返回的列表中第 %1 条记录没有实例 ID，因此无法读取。它不在列表中，也不计入合计。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of CompShare&apos;s list could not be read (numbers %1). They are not in the list or in the totals.</source>
        <extracomment>%n records; %1 their places in CompShare&apos;s list, e.g. &quot;3, 7 and 12&quot;</extracomment>
        <translation>
            <numerusform>优云智算返回的列表中有 %n 条记录无法读取（第 %1 条）。它们不在列表中，也不计入合计。</numerusform>
        </translation>
    </message>
    <message>
        <source>The text CompShare sent for %1 had bytes that are not valid UTF-8; they are shown as �.</source>
        <extracomment>%1 an instance&apos;s name (or ID); the replacement character is U+FFFD</extracomment>
        <translation>优云智算返回的 %1 的文字中有不是有效 UTF-8 的字节，这些字节显示为 �。</translation>
    </message>
    <message numerus="yes">
        <source>The text CompShare sent for %n instance(s) (%1) had bytes that are not valid UTF-8; they are shown as �.</source>
        <extracomment>%n instances; %1 their names (or IDs); the replacement character is U+FFFD</extracomment>
        <translation>
            <numerusform>优云智算返回的 %n 个实例（%1）的文字中有不是有效 UTF-8 的字节，这些字节显示为 �。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationSentences</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1, request id %2</source>
        <extracomment>%1 an HTTP status such as 503, %2 the gateway&apos;s request id</extracomment>
        <translation>HTTP %1，请求 ID %2</translation>
    </message>
    <message>
        <source>RetCode %1: “%2”</source>
        <extracomment>%1 a number, %2 the gateway&apos;s message as it said it</extracomment>
        <translation>返回码 RetCode %1：“%2”</translation>
    </message>
    <message>
        <source>RetCode %1: “%2”, request id %3</source>
        <extracomment>%1 a number, %2 the gateway&apos;s message as it said it, %3 the request id</extracomment>
        <translation>返回码 RetCode %1：“%2”，请求 ID %3</translation>
    </message>
    <message>
        <source>The answer to the stop of %1 was lost. The console reads the list to see whether it took effect; the stop is not sent again.</source>
        <extracomment>%1 instance name</extracomment>
        <translation>%1 的关机请求的应答丢失了。控制台正在读取列表以确认是否已生效；关机请求不会再次发送。</translation>
    </message>
    <message>
        <source>The answer to the start of %1 was lost. The console reads the list to see whether it took effect; the start is not sent again.</source>
        <translation>%1 的开机请求的应答丢失了。控制台正在读取列表以确认是否已生效；开机请求不会再次发送。</translation>
    </message>
    <message>
        <source>The answer to the reboot of %1 was lost. The console reads the list to see whether it took effect; the reboot is not sent again.</source>
        <translation>%1 的重启请求的应答丢失了。控制台正在读取列表以确认是否已生效；重启请求不会再次发送。</translation>
    </message>
    <message>
        <source>The stop of %1 took effect: the list shows %2.</source>
        <extracomment>%1 instance name, %2 a state such as Stopping</extracomment>
        <translation>%1 的关机已生效：列表显示%2。</translation>
    </message>
    <message>
        <source>The start of %1 took effect: the list shows %2.</source>
        <translation>%1 的开机已生效：列表显示%2。</translation>
    </message>
    <message>
        <source>The reboot of %1 took effect: the list shows %2.</source>
        <translation>%1 的重启已生效：列表显示%2。</translation>
    </message>
    <message>
        <source>Whether the stop of %1 took effect is unknown: the list could not be read. Check the instance before trying again.</source>
        <extracomment>%1 instance name</extracomment>
        <translation>无法确定 %1 的关机是否已生效：无法读取列表。请先检查实例再重试。</translation>
    </message>
    <message>
        <source>Whether the start of %1 took effect is unknown: the list could not be read. Check the instance before trying again.</source>
        <translation>无法确定 %1 的开机是否已生效：无法读取列表。请先检查实例再重试。</translation>
    </message>
    <message>
        <source>Whether the reboot of %1 took effect is unknown: the list could not be read. Check the instance before trying again.</source>
        <translation>无法确定 %1 的重启是否已生效：无法读取列表。请先检查实例再重试。</translation>
    </message>
    <message>
        <source>CompShare accepted the stop of %1 at %2 but still shows %3. The console keeps watching it.</source>
        <extracomment>%1 instance name, %2 a time such as 14:02, %3 a state such as Running</extracomment>
        <translation>CompShare 已于 %2 接受 %1 的关机请求，但仍显示%3。控制台会继续关注它。</translation>
    </message>
    <message>
        <source>CompShare accepted the start of %1 at %2 but still shows %3. The console keeps watching it.</source>
        <translation>CompShare 已于 %2 接受 %1 的开机请求，但仍显示%3。控制台会继续关注它。</translation>
    </message>
    <message>
        <source>CompShare accepted the reboot of %1 at %2 but still shows %3. The console keeps watching it.</source>
        <translation>CompShare 已于 %2 接受 %1 的重启请求，但仍显示%3。控制台会继续关注它。</translation>
    </message>
    <message>
        <source>CompShare is still carrying out the earlier operation on %1; this stop request changed nothing (InstanceOperationInProgress).</source>
        <extracomment>%1 instance name. InstanceOperationInProgress is the gateway&apos;s answer, keep it</extracomment>
        <translation>CompShare 仍在执行 %1 先前的操作；这次关机请求没有改变任何东西（InstanceOperationInProgress）。</translation>
    </message>
    <message>
        <source>CompShare is still carrying out the earlier operation on %1; this start request changed nothing (InstanceOperationInProgress).</source>
        <translation>CompShare 仍在执行 %1 先前的操作；这次开机请求没有改变任何东西（InstanceOperationInProgress）。</translation>
    </message>
    <message>
        <source>CompShare is still carrying out the earlier operation on %1; this reboot request changed nothing (InstanceOperationInProgress).</source>
        <translation>CompShare 仍在执行 %1 先前的操作；这次重启请求没有改变任何东西（InstanceOperationInProgress）。</translation>
    </message>
    <message>
        <source>CompShare refused the stop of %1: another operation holds it, until %2 at the latest. Try again then.</source>
        <extracomment>%1 instance name, %2 a time such as 14:12</extracomment>
        <translation>CompShare 拒绝了 %1 的关机请求：另一个操作正占用它，最晚到 %2。届时请再试。</translation>
    </message>
    <message>
        <source>CompShare refused the start of %1: another operation holds it, until %2 at the latest. Try again then.</source>
        <translation>CompShare 拒绝了 %1 的开机请求：另一个操作正占用它，最晚到 %2。届时请再试。</translation>
    </message>
    <message>
        <source>CompShare refused the reboot of %1: another operation holds it, until %2 at the latest. Try again then.</source>
        <translation>CompShare 拒绝了 %1 的重启请求：另一个操作正占用它，最晚到 %2。届时请再试。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is still changing state after %n minute(s). The console keeps checking, less often.</source>
        <extracomment>%1 instance name; %n minutes</extracomment>
        <translation>
            <numerusform>%1 在 %n 分钟后仍在变更状态。控制台会继续检查，但频率降低。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop refused</source>
        <translation>关机被拒绝</translation>
    </message>
    <message>
        <source>Start refused</source>
        <translation>开机被拒绝</translation>
    </message>
    <message>
        <source>Reboot refused</source>
        <translation>重启被拒绝</translation>
    </message>
    <message>
        <source>Still changing state</source>
        <translation>仍在变更状态</translation>
    </message>
    <message>
        <source>Stop: check the instance</source>
        <translation>关机：请检查实例</translation>
    </message>
    <message>
        <source>Start: check the instance</source>
        <translation>开机：请检查实例</translation>
    </message>
    <message>
        <source>Reboot: check the instance</source>
        <translation>重启：请检查实例</translation>
    </message>
    <message>
        <source>%1 was not stopped. %2</source>
        <extracomment>%1 instance name, %2 a sentence saying why</extracomment>
        <translation>%1 未关机。%2</translation>
    </message>
    <message>
        <source>%1 was not started. %2</source>
        <translation>%1 未开机。%2</translation>
    </message>
    <message>
        <source>%1 was not rebooted. %2</source>
        <translation>%1 未重启。%2</translation>
    </message>
    <message>
        <source>CompShare refused the stop of %1 (%2). Nothing changed; you can try again.</source>
        <extracomment>%1 instance name, %2 what CompShare answered, e.g. &quot;HTTP 503, request id 1f2e…&quot;</extracomment>
        <translation>CompShare 拒绝了 %1 的关机请求（%2）。实例没有任何变化；可以再试一次。</translation>
    </message>
    <message>
        <source>CompShare refused the start of %1 (%2). Nothing changed; you can try again.</source>
        <translation>CompShare 拒绝了 %1 的开机请求（%2）。实例没有任何变化；可以再试一次。</translation>
    </message>
    <message>
        <source>CompShare refused the reboot of %1 (%2). Nothing changed; you can try again.</source>
        <translation>CompShare 拒绝了 %1 的重启请求（%2）。实例没有任何变化；可以再试一次。</translation>
    </message>
    <message numerus="yes">
        <source>%1 was started without GPU, but CompShare lists it running with %n GPU(s): it is billed with its GPUs. Stop it if you do not need them.</source>
        <extracomment>%1 instance name; %n GPUs listed</extracomment>
        <translation>
            <numerusform>%1 已按无卡开机，但 CompShare 显示它正带着 %n 块 GPU 运行：GPU 照常计费。如果不需要 GPU，请将其关机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was started without GPU, but CompShare lists it running with %n GPU(s): it costs %2 now. Stop it if you do not need them.</source>
        <extracomment>%1 instance name, %2 what it costs per hour now, e.g. &quot;¥2.96/h&quot;; %n GPUs listed</extracomment>
        <translation>
            <numerusform>%1 已按无卡开机，但 CompShare 显示它正带着 %n 块 GPU 运行：当前费用 %2。如果不需要 GPU，请将其关机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Started with its GPUs</source>
        <translation>已带 GPU 开机</translation>
    </message>
    <message>
        <source>%1 was not released. %2</source>
        <translation>未释放 %1。%2</translation>
    </message>
    <message>
        <source>The release of %1 took effect: the list no longer has it.</source>
        <extracomment>%1 instance name</extracomment>
        <translation>%1 的释放已生效：列表中已没有该实例。</translation>
    </message>
    <message>
        <source>%1 was released and is in CompShare&apos;s recycle bin.</source>
        <extracomment>%1 instance name. 回收站 = CompShare&apos;s recycle bin</extracomment>
        <translation>%1 已释放，现位于 CompShare 回收站中。</translation>
    </message>
    <message>
        <source>%1 was released; it did not go to the recycle bin.</source>
        <extracomment>%1 instance name</extracomment>
        <translation>%1 已释放，未进入回收站。</translation>
    </message>
    <message>
        <source>%1 was released: the list no longer has it.</source>
        <extracomment>%1 instance name</extracomment>
        <translation>%1 已释放：列表中已没有该实例。</translation>
    </message>
    <message>
        <source>CompShare refused the release of %1 (%2). Nothing changed: the instance is still there, and you can try again.</source>
        <translation>CompShare 拒绝了 %1 的释放（%2）。没有任何改变：实例仍在，可以重试。</translation>
    </message>
    <message>
        <source>The answer to the release of %1 was lost. The console reads the list to see whether it took effect; the release is not sent again.</source>
        <translation>%1 的释放请求未收到应答。控制台正在读取列表以确认是否生效；不会再次发送释放请求。</translation>
    </message>
    <message>
        <source>The release of %1 took effect: the list shows %2.</source>
        <translation>%1 的释放已生效：列表显示%2。</translation>
    </message>
    <message>
        <source>Whether the release of %1 took effect is unknown: the list could not be read. Check the instance before trying again.</source>
        <translation>无法确定 %1 的释放是否生效：列表无法读取。请先检查该实例再重试。</translation>
    </message>
    <message>
        <source>CompShare accepted the release of %1 at %2 but still lists it as %3. The console keeps watching it.</source>
        <translation>CompShare 已于 %2 接受 %1 的释放，但列表仍显示为%3。控制台会继续关注。</translation>
    </message>
    <message>
        <source>CompShare is still carrying out the earlier operation on %1; this release request changed nothing (InstanceOperationInProgress).</source>
        <translation>CompShare 仍在执行 %1 上的上一个操作；本次释放请求没有改变任何内容（InstanceOperationInProgress）。</translation>
    </message>
    <message>
        <source>CompShare refused the release of %1: another operation holds it, until %2 at the latest. Try again then.</source>
        <translation>CompShare 拒绝了 %1 的释放：另一个操作正占用该实例，最迟到 %2。请届时重试。</translation>
    </message>
    <message>
        <source>Release refused</source>
        <translation>释放被拒绝</translation>
    </message>
    <message>
        <source>Instance released</source>
        <translation>实例已释放</translation>
    </message>
    <message>
        <source>Release: check the instance</source>
        <translation>释放：请检查实例</translation>
    </message>
    <message>
        <source>Stop not sent</source>
        <translation>关机未发出</translation>
    </message>
    <message>
        <source>Start not sent</source>
        <translation>开机未发出</translation>
    </message>
    <message>
        <source>Reboot not sent</source>
        <translation>重启未发出</translation>
    </message>
    <message>
        <source>Release not sent</source>
        <translation>释放未发出</translation>
    </message>
    <message>
        <source>%1 was not stopped: the request never left this computer, so nothing changed. CompShare can be reached again; you can try again.</source>
        <extracomment>%1 instance name</extracomment>
        <translation>%1未关机：请求从未离开这台电脑，因此实例没有任何变化。现在可以连接优云智算了；您可以重试。</translation>
    </message>
    <message>
        <source>%1 was not started: the request never left this computer, so nothing changed. CompShare can be reached again; you can try again.</source>
        <translation>%1未开机：请求从未离开这台电脑，因此实例没有任何变化。现在可以连接优云智算了；您可以重试。</translation>
    </message>
    <message>
        <source>%1 was not rebooted: the request never left this computer, so nothing changed. CompShare can be reached again; you can try again.</source>
        <translation>%1未重启：请求从未离开这台电脑，因此实例没有任何变化。现在可以连接优云智算了；您可以重试。</translation>
    </message>
    <message>
        <source>%1 was not released: the request never left this computer, so nothing changed. CompShare can be reached again; you can try again.</source>
        <translation>%1未释放：请求从未离开这台电脑，因此实例没有任何变化。现在可以连接优云智算了；您可以重试。</translation>
    </message>
    <message>
        <source>an unreadable answer</source>
        <extracomment>what CompShare answered, in a parenthesis: a body the console could not read</extracomment>
        <translation>无法读取的应答</translation>
    </message>
    <message>
        <source>an unreadable answer, request id %1</source>
        <extracomment>%1 the gateway&apos;s request id</extracomment>
        <translation>无法读取的应答，请求 ID %1</translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the stop of %1 (%2) does not say whether it was applied. The console reads the list to see whether it took effect; the stop is not sent again.</source>
        <extracomment>%1 instance name, %2 what CompShare answered, e.g. &quot;HTTP 504, request id 1f2e…&quot;</extracomment>
        <translation>优云智算对%1的关机请求的应答（%2）没有说明是否已执行。控制台正在读取列表以确认是否已生效；关机请求不会再次发送。</translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the start of %1 (%2) does not say whether it was applied. The console reads the list to see whether it took effect; the start is not sent again.</source>
        <translation>优云智算对%1的开机请求的应答（%2）没有说明是否已执行。控制台正在读取列表以确认是否已生效；开机请求不会再次发送。</translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the reboot of %1 (%2) does not say whether it was applied. The console reads the list to see whether it took effect; the reboot is not sent again.</source>
        <translation>优云智算对%1的重启请求的应答（%2）没有说明是否已执行。控制台正在读取列表以确认是否已生效；重启请求不会再次发送。</translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the release of %1 (%2) does not say whether it was applied. The console reads the list to see whether it took effect; the release is not sent again.</source>
        <translation>优云智算对%1的释放请求的应答（%2）没有说明是否已执行。控制台正在读取列表以确认是否已生效；释放请求不会再次发送。</translation>
    </message>
    <message>
        <source>No answer came to the stop of %1, and CompShare&apos;s list still shows it %2: the stop did not take effect; you can try again.</source>
        <extracomment>%1 instance name, %2 a state such as Running</extracomment>
        <translation>%1的关机请求没有收到应答，优云智算的列表仍显示它为%2：关机未生效；您可以重试。</translation>
    </message>
    <message>
        <source>No answer came to the start of %1, and CompShare&apos;s list still shows it %2: the start did not take effect; you can try again.</source>
        <translation>%1的开机请求没有收到应答，优云智算的列表仍显示它为%2：开机未生效；您可以重试。</translation>
    </message>
    <message>
        <source>No answer came to the reboot of %1, and CompShare&apos;s list still shows it %2: the reboot did not take effect; you can try again.</source>
        <translation>%1的重启请求没有收到应答，优云智算的列表仍显示它为%2：重启未生效；您可以重试。</translation>
    </message>
    <message>
        <source>No answer came to the release of %1, and CompShare&apos;s list still has it, %2: the release did not take effect; you can try again.</source>
        <translation>%1的释放请求没有收到应答，优云智算的列表中仍有它（%2）：释放未生效；您可以重试。</translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the stop of %1 (%2) did not say whether it was applied, and its list still shows it %3: the stop did not take effect; you can try again.</source>
        <extracomment>%1 instance name, %2 what CompShare answered (HTTP 504, request id …), %3 a state</extracomment>
        <translation>优云智算对%1的关机请求的应答（%2）没有说明是否已执行，其列表仍显示它为%3：关机未生效；您可以重试。</translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the start of %1 (%2) did not say whether it was applied, and its list still shows it %3: the start did not take effect; you can try again.</source>
        <translation>优云智算对%1的开机请求的应答（%2）没有说明是否已执行，其列表仍显示它为%3：开机未生效；您可以重试。</translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the reboot of %1 (%2) did not say whether it was applied, and its list still shows it %3: the reboot did not take effect; you can try again.</source>
        <translation>优云智算对%1的重启请求的应答（%2）没有说明是否已执行，其列表仍显示它为%3：重启未生效；您可以重试。</translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to the release of %1 (%2) did not say whether it was applied, and its list still has it, %3: the release did not take effect; you can try again.</source>
        <translation>优云智算对%1的释放请求的应答（%2）没有说明是否已执行，其列表中仍有它（%3）：释放未生效；您可以重试。</translation>
    </message>
    <message>
        <source>CompShare accepted the stop of %1 at %2, but its list still shows %3: the stop did not take effect; you can try again.</source>
        <extracomment>%1 instance name, %2 a time such as 14:02, %3 a state such as Running</extracomment>
        <translation>优云智算已于%2接受%1的关机请求，但其列表仍显示%3：关机未生效；您可以重试。</translation>
    </message>
    <message>
        <source>CompShare accepted the start of %1 at %2, but its list still shows %3: the start did not take effect; you can try again.</source>
        <translation>优云智算已于%2接受%1的开机请求，但其列表仍显示%3：开机未生效；您可以重试。</translation>
    </message>
    <message>
        <source>CompShare accepted the reboot of %1 at %2, but its list still shows %3: the reboot did not take effect; you can try again.</source>
        <translation>优云智算已于%2接受%1的重启请求，但其列表仍显示%3：重启未生效；您可以重试。</translation>
    </message>
    <message>
        <source>CompShare accepted the release of %1 at %2, but its list still has it, %3: the release did not take effect; you can try again.</source>
        <translation>优云智算已于%2接受%1的释放请求，但其列表中仍有它（%3）：释放未生效；您可以重试。</translation>
    </message>
    <message numerus="yes">
        <source>No answer from CompShare for %n second(s) to the stop of %1; the stop is not sent again; waiting.</source>
        <extracomment>%1 instance name; %n seconds (10)</extracomment>
        <translation>
            <numerusform>优云智算已有%n秒没有应答%1的关机请求；关机请求不会再次发送；正在等待。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from CompShare for %n second(s) to the start of %1; the start is not sent again; waiting.</source>
        <translation>
            <numerusform>优云智算已有%n秒没有应答%1的开机请求；开机请求不会再次发送；正在等待。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from CompShare for %n second(s) to the reboot of %1; the reboot is not sent again; waiting.</source>
        <translation>
            <numerusform>优云智算已有%n秒没有应答%1的重启请求；重启请求不会再次发送；正在等待。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from CompShare for %n second(s) to the release of %1; the release is not sent again; waiting.</source>
        <translation>
            <numerusform>优云智算已有%n秒没有应答%1的释放请求；释放请求不会再次发送；正在等待。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>配置名称的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>A profile name has at most 64 characters.</source>
        <translation>配置名称最多 64 个字符。</translation>
    </message>
    <message>
        <source>A profile name cannot start with &quot;(&quot;.</source>
        <translation>配置名称不能以“(”开头。</translation>
    </message>
    <message>
        <source>A profile name cannot contain slashes or control characters.</source>
        <translation>配置名称不能包含斜杠或控制字符。</translation>
    </message>
</context>
<context>
    <name>ScheduleSentences</name>
    <message>
        <source>Spot instances cannot have a scheduled stop: the platform may reclaim them at any time, and CompShare refuses a schedule for them.</source>
        <translation>抢占式实例不能设置定时关机：平台可能随时回收它们，CompShare 也会拒绝为其设置定时关机。</translation>
    </message>
    <message>
        <source>The scheduled stop of %1 was not sent: the instance is no longer listed.</source>
        <extracomment>%1 instance name. Nothing was sent.</extracomment>
        <translation>未发送 %1 的定时关机：该实例已不在列表中。</translation>
    </message>
    <message>
        <source>The scheduled stop of %1 was not sent: it is a spot instance. The platform may reclaim it at any time, and CompShare refuses a schedule for it.</source>
        <extracomment>%1 instance name. Nothing was sent.</extracomment>
        <translation>未发送 %1 的定时关机：它是抢占式实例。平台可能随时回收它，CompShare 也会拒绝为其设置定时关机。</translation>
    </message>
    <message>
        <source>The scheduled stop of %1 was not sent: it is stopped already, so there is nothing to stop. Start it first, then schedule its stop.</source>
        <extracomment>%1 instance name. Nothing was sent.</extracomment>
        <translation>未发送 %1 的定时关机：它已经关机，无需关机。请先开机，再设置定时关机。</translation>
    </message>
    <message>
        <source>The scheduled stop of %1 was not sent: CompShare needs a project for it, and none is known because the project list could not be read. Choose or enter a project in the Project box of the toolbar, then try again.</source>
        <extracomment>%1 instance name. Nothing was sent.</extracomment>
        <translation>未发送 %1 的定时关机：CompShare 需要项目，但项目列表无法读取，因此没有已知的项目。请在工具栏的“项目”框中选择或输入项目，然后重试。</translation>
    </message>
    <message>
        <source>The scheduled stop of %1 was not sent: a change of its schedule is still under way. Wait for its answer, then try again.</source>
        <extracomment>%1 instance name. Nothing was sent.</extracomment>
        <translation>未发送 %1 的定时关机：它的定时关机更改仍在进行中。请等待应答后重试。</translation>
    </message>
    <message>
        <source>The scheduled stop of %1 was not sent: a scheduled stop must be at least %2 minutes from now.</source>
        <extracomment>%1 instance name, %2 the shortest lead in minutes. Nothing was sent.</extracomment>
        <translation>未发送 %1 的定时关机：定时关机时间必须距现在至少 %2 分钟。</translation>
    </message>
</context>
<context>
    <name>StopConsequences</name>
    <message>
        <source>This instance is prepaid for its period: stopping it saves nothing. Only deleting it refunds part of the remaining time.</source>
        <translation>该实例已预付本周期费用：关机不会节省费用。只有删除实例才会退还剩余时长的部分费用。</translation>
    </message>
    <message>
        <source>The billing type of this instance is not known, so the console cannot say what stopping it changes on your bill.</source>
        <translation>无法得知该实例的计费方式，因此控制台无法说明关机对账单有何影响。</translation>
    </message>
    <message>
        <source>No GPU</source>
        <translation>无 GPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>GPU model times count, e.g. &quot;RTX 4090 × 2&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <extracomment>name (id) · GPU · price per hour</extracomment>
        <translation>%1（%2）· %3 · %4</translation>
    </message>
    <message>
        <source>%1 (prepaid)</source>
        <extracomment>%1 is a billing type such as &quot;Monthly&quot;; prepaid means paid in advance</extracomment>
        <translation>%1（预付费）</translation>
    </message>
    <message>
        <source>This instance is prepaid by the hour: its time is paid in advance, so stopping it saves nothing.</source>
        <translation>该实例为按时预付费：时长已提前支付，关机不会节省费用。</translation>
    </message>
    <message>
        <source>Stopping ends the CPU, GPU and memory charges; disks and images are kept and keep charging. An instance left stopped is reclaimed at %2:00 (China time) on day %1 after the stop, and cannot be recovered.</source>
        <extracomment>%1 the day (7), %2 the hour (12)</extracomment>
        <translation>关机后 CPU、GPU 和内存停止计费；磁盘和镜像保留并继续计费。持续关机的实例会在关机后第 %1 天的 %2:00（北京时间）被回收，且无法恢复。</translation>
    </message>
    <message>
        <source>CompShare stops a spot instance only as a forced stop, and spot instances are not covered by &quot;no charge while stopped&quot;: releasing (deleting) it is how to stop paying. A stopped spot instance can be started again; if CompShare reclaimed it, its data is kept for %1 days.</source>
        <extracomment>&quot;release&quot; = delete the instance; CompShare&apos;s docs call it releasing.</extracomment>
        <translation>CompShare 只能强制关机抢占式实例，且抢占式实例不享受“关机不收费”：释放（删除）它才能停止付费。已关机的抢占式实例可以再次开机；若被 CompShare 回收，其数据保留 %1 天。</translation>
    </message>
    <message>
        <source>Stopping them saves %1.</source>
        <extracomment>batch stop: what stopping the chosen instances saves, e.g. &quot;¥5.92/h&quot;</extracomment>
        <translation>关机可节省%1。</translation>
    </message>
    <message>
        <source>Stopping them saves nothing: prepaid instances are paid in advance.</source>
        <translation>关机不会节省费用：预付费实例已提前付费。</translation>
    </message>
    <message>
        <source>Stopping them saves at least %1.</source>
        <extracomment>batch stop: a lower bound, as some instances have no figure (the reasons follow)</extracomment>
        <translation>关机至少可节省%1。</translation>
    </message>
    <message>
        <source>What stopping them saves is not known.</source>
        <translation>关机能节省多少未知。</translation>
    </message>
    <message numerus="yes">
        <source>CompShare reports no price for a stopped spot instance, so there is no figure for %n spot instance(s).</source>
        <extracomment>%n spot instances in the batch; CompShare gives no stopped price for them</extracomment>
        <translation>
            <numerusform>优云智算不提供已关机抢占式实例的价格，因此%n个抢占式实例没有金额。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pay-as-you-go instance(s) came without a price.</source>
        <translation>
            <numerusform>%n个按量付费实例没有价格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The billing type of %n instance(s) is not known.</source>
        <translation>
            <numerusform>%n个实例的计费方式未知。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prepaid instance(s) save nothing.</source>
        <translation>
            <numerusform>%n个预付费实例关机不节省费用。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compshare::ApiTransport</name>
    <message>
        <source>No API key pair is set. Enter your public and private key.</source>
        <translation>尚未设置 API 密钥对。请输入您的公钥和私钥。</translation>
    </message>
    <message>
        <source>the answer has no RetCode</source>
        <translation>应答中没有 RetCode</translation>
    </message>
    <message>
        <source>the connection closed before CompShare answered</source>
        <translation>CompShare 响应前连接已关闭</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB, the most the console reads</source>
        <translation>应答超过 %1 MiB，超出控制台读取的上限</translation>
    </message>
    <message>
        <source>its RetCode is not a whole number</source>
        <translation>其 RetCode 不是整数</translation>
    </message>
</context>
<context>
    <name>compshare::CliConfigImporter</name>
    <message>
        <source>The compshare CLI has no configuration here: %1. Run &quot;compshare config&quot; first, or add the key by hand.</source>
        <extracomment>%1 is a file path.</extracomment>
        <translation>此处没有 compshare CLI 的配置：%1。请先运行“compshare config”，或手动添加密钥。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at offset %3).</source>
        <translation>%1 不是有效的 JSON（偏移 %3 处：%2）。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>%1 has no &quot;profiles&quot; object; it does not look like a compshare CLI configuration.</source>
        <translation>%1 中没有“profiles”对象，看起来不是 compshare CLI 的配置文件。</translation>
    </message>
    <message>
        <source>CLI profile &quot;%1&quot; has no complete key pair; skipped.</source>
        <translation>CLI 配置“%1”的密钥对不完整，已跳过。</translation>
    </message>
    <message>
        <source>CLI profile &quot;%1&quot; was imported as &quot;%2&quot;.</source>
        <translation>CLI 配置“%1”已导入为“%2”。</translation>
    </message>
    <message>
        <source>The compshare CLI configuration %2 has no profile &quot;%1&quot;.</source>
        <extracomment>%1 profile name, %2 file path</extracomment>
        <translation>compshare CLI 配置文件 %2 中没有配置“%1”。</translation>
    </message>
</context>
<context>
    <name>compshare::CredentialSession</name>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存配置。</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot; (COMPSHARE_PROFILE). %2</source>
        <extracomment>%1 profile name from COMPSHARE_PROFILE; %2 why the CLI&apos;s file did not have it</extracomment>
        <translation>没有名为“%1”的已保存配置（COMPSHARE_PROFILE）。%2</translation>
    </message>
    <message>
        <source>The compshare CLI profile &quot;%1&quot; has no complete key pair.</source>
        <translation>compshare CLI 配置“%1”的密钥对不完整。</translation>
    </message>
</context>
<context>
    <name>compshare::CredentialStore</name>
    <message>
        <source>The system keychain has no private key for profile &quot;%1&quot; (or the keychain is locked).</source>
        <extracomment>%1 is a profile name. A locked keyring answers like an empty one.</extracomment>
        <translation>系统密钥环中没有配置“%1”的私钥（或密钥环已锁定）。</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it (for example gnome-keyring&apos;s &quot;login&quot; keyring) and try again.</source>
        <translation>系统密钥环拒绝访问。请解锁（例如 gnome-keyring 的“login”密钥环）后重试。</translation>
    </message>
    <message>
        <source>No system keychain is available. Install and unlock gnome-keyring (or another Secret Service provider such as KWallet or KeePassXC).</source>
        <translation>没有可用的系统密钥环。请安装并解锁 gnome-keyring（或其他 Secret Service 提供者，如 KWallet 或 KeePassXC）。</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached: there is no D-Bus session bus. Run the console inside a desktop session with gnome-keyring installed and unlocked.</source>
        <translation>无法访问系统密钥环：没有 D-Bus 会话总线。请在已安装并解锁 gnome-keyring 的桌面会话中运行控制台。</translation>
    </message>
    <message>
        <source>No Secret Service is running on the session bus. Install and unlock gnome-keyring (or enable KeePassXC&apos;s Secret Service integration).</source>
        <translation>会话总线上没有运行 Secret Service。请安装并解锁 gnome-keyring（或启用 KeePassXC 的 Secret Service 集成）。</translation>
    </message>
    <message>
        <source>The system keychain has no unlocked default keyring. Unlock gnome-keyring&apos;s &quot;login&quot; keyring (or create one) and try again.</source>
        <translation>系统密钥环没有已解锁的默认密钥环。请解锁 gnome-keyring 的“login”密钥环（或新建一个）后重试。</translation>
    </message>
    <message>
        <source>The system keychain could not delete the key. Unlock it and try again.</source>
        <translation>系统密钥环无法删除该密钥。请解锁后重试。</translation>
    </message>
    <message>
        <source>The system keychain is not usable: %1. Install and unlock gnome-keyring and try again.</source>
        <extracomment>%1 is the keychain library&apos;s own message (never contains a key).</extracomment>
        <translation>系统密钥环不可用：%1。请安装并解锁 gnome-keyring 后重试。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds. It may be waiting for you to unlock it.</source>
        <extracomment>%1 is a number of seconds.</extracomment>
        <translation>系统密钥环在 %1 秒内没有响应，可能正在等待您解锁。</translation>
    </message>
</context>
<context>
    <name>compshare::CredentialVerifier</name>
    <message>
        <source>The gateway rejected the signature (171): the private key does not belong to this public key. Copy both keys again from the API key page, completely and without spaces.</source>
        <extracomment>Gateway RetCode 171 &quot;Signature VerifyAC Error&quot; while testing a new key pair.</extracomment>
        <translation>网关拒绝了签名（171）：该私钥与公钥不匹配。请从 API 密钥页面重新完整复制两个密钥，不要带空格。</translation>
    </message>
    <message>
        <source>No CompShare account has this public key (172). Check the public key, and that it was made on the CompShare console, not another cloud&apos;s.</source>
        <extracomment>Gateway RetCode 172 &quot;User Not Exists&quot; while testing a new key pair.</extracomment>
        <translation>没有 CompShare 账户拥有此公钥（172）。请检查公钥，并确认它是在 CompShare 官网控制台创建的，而不是其他云平台的。</translation>
    </message>
</context>
<context>
    <name>compshare::DemoCloud</name>
    <message>
        <source>Could not open a local port for the demo cloud.</source>
        <translation>无法为演示云打开本地端口。</translation>
    </message>
</context>
<context>
    <name>compshare::ProfileStore</name>
    <message>
        <source>A profile from the environment is never saved.</source>
        <translation>来自环境变量的配置不会被保存。</translation>
    </message>
    <message>
        <source>Both the public key and the private key are needed.</source>
        <translation>公钥和私钥都需要填写。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>没有配置“%1”。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的配置已存在。</translation>
    </message>
</context>
<context>
    <name>compshare::StopReminder</name>
    <message>
        <source>Scheduled stop in %1</source>
        <extracomment>Reminder title; %1 is a duration like &quot;10 m&quot;</extracomment>
        <translation>%1后定时关机</translation>
    </message>
    <message>
        <source>%1 stops at %2 (%3)</source>
        <extracomment>Reminder text: &quot;train-01 stops at 18:00 (¥8.72/h)&quot;; the figure is Cost now</extracomment>
        <translation>%1 将于 %2 关机（%3）</translation>
    </message>
    <message>
        <source>Extend 1 h</source>
        <translation>延长 1 小时</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Stopped by its schedule</source>
        <translation>已按定时关机</translation>
    </message>
    <message>
        <source>%1 was stopped by its schedule at %2</source>
        <extracomment>&quot;train-01 was stopped by its schedule at 18:00&quot;</extracomment>
        <translation>%1 已于 %2 按定时关机</translation>
    </message>
</context>
<context>
    <name>compshare::StopWhenIdle</name>
    <message>
        <source>Spot instances can only be force stopped, and stop when idle never force stops.</source>
        <translation>抢占式实例只能强制关机，而空闲时关机从不强制关机。</translation>
    </message>
    <message>
        <source>Its GPUs have been idle for %1 minutes. Choose Keep running to leave it on.</source>
        <translation>它的 GPU 已空闲 %1 分钟。选择“继续运行”可保持开机。</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>%1 will stop in %2</source>
        <extracomment>%1 instance name, %2 the grace, e.g. &quot;2 min&quot;</extracomment>
        <translation>%1 将在 %2后关机</translation>
    </message>
</context>
<context>
    <name>compshare::ui::AddKeyDialog</name>
    <message>
        <source>Show</source>
        <extracomment>Toggle button next to the private key field.</extracomment>
        <translation>显示</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Test and save</source>
        <translation>测试并保存</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>仅本次会话使用</translation>
    </message>
    <message>
        <source>Add API key</source>
        <translation>添加 API 密钥</translation>
    </message>
    <message>
        <source>Show or hide the private key</source>
        <translation>显示或隐藏私钥</translation>
    </message>
    <message>
        <source>Hide</source>
        <extracomment>Toggle button next to the private key field.</extracomment>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Create a key pair on the CompShare console under 账户中心 → API 密钥 (&lt;a href=&quot;%1&quot;&gt;open the API key page&lt;/a&gt;). The private key is kept in the system keychain, never in a file.</source>
        <extracomment>%1 is a link to the CompShare console page where API keys are created.</extracomment>
        <translation>请在 CompShare 官网控制台的“账户中心 → API 密钥”中创建密钥对（&lt;a href=&quot;%1&quot;&gt;打开 API 密钥页面&lt;/a&gt;）。私钥保存在系统密钥环中，绝不会写入文件。</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>配置名称：</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公钥：</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>私钥：</translation>
    </message>
    <message>
        <source>API endpoint:</source>
        <translation>API 地址：</translation>
    </message>
    <message>
        <source>You can still use a key for this session only; nothing will be saved.</source>
        <translation>您仍可以仅在本次会话中使用密钥，不会保存任何内容。</translation>
    </message>
    <message>
        <source>Paste both the public key and the private key.</source>
        <translation>请粘贴公钥和私钥。</translation>
    </message>
    <message>
        <source>Testing the key with one read-only request…</source>
        <translation>正在用一个只读请求测试密钥…</translation>
    </message>
    <message>
        <source>The key works. The system keychain is not available, so it can only be used for this session.</source>
        <translation>密钥可用。系统密钥环不可用，因此只能在本次会话中使用。</translation>
    </message>
    <message>
        <source>The key works. Saving it in the system keychain…</source>
        <translation>密钥可用。正在保存到系统密钥环…</translation>
    </message>
    <message>
        <source>Requests signed with this key will go to %1, not to CompShare&apos;s own API (api.compshare.cn). Whoever runs %1 can replay them at CompShare for as long as the key is valid.</source>
        <extracomment>%1 is the host name of the API endpoint typed in, e.g. api.example.com</extracomment>
        <translation>用此密钥签名的请求将发送到 %1，而不是 CompShare 官方 API（api.compshare.cn）。%1 的运营者可以在密钥有效期内把这些请求重放到 CompShare。</translation>
    </message>
</context>
<context>
    <name>compshare::ui::BatchStopDialog</name>
    <message>
        <source>Pay as you go</source>
        <translation>按量付费</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>预付费</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>抢占式</translation>
    </message>
    <message>
        <source>Unknown billing</source>
        <translation>未知计费方式</translation>
    </message>
    <message>
        <source>Stop %1 instances</source>
        <translation>关机 %1 个实例</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stop %1 instances?&lt;/b&gt;</source>
        <translation>&lt;b&gt;关机 %1 个实例？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Spot instances you don&apos;t confirm are not stopped.</source>
        <translation>未确认的抢占式实例不会被关机。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;&lt;kind of billing&gt;: &lt;what stopping means for it&gt;&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>one instance in the batch list: summary line, then its billing type</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>⚠ SPOT: %1</source>
        <extracomment>flag in front of a spot instance in the batch stop list</extracomment>
        <translation>⚠ 抢占式：%1</translation>
    </message>
    <message>
        <source>I understand, force stop %1</source>
        <translation>我已了解，强制关机 %1</translation>
    </message>
    <message>
        <source>Stop (%1)</source>
        <extracomment>button of the batch stop dialog, with the number of instances it stops</extracomment>
        <translation>关机（%1）</translation>
    </message>
    <message>
        <source>Hourly prepaid</source>
        <translation>按时预付费</translation>
    </message>
    <message>
        <source>Skipped, cannot be stopped now (%1):</source>
        <extracomment>heading of the list of selected instances the batch leaves out, then one per line</extracomment>
        <translation>已跳过，当前无法关机（%1）：</translation>
    </message>
    <message>
        <source>Instances to stop: %1.</source>
        <extracomment>how many instances the batch will stop; what that saves follows in sentences</extracomment>
        <translation>要关机的实例：%1个。</translation>
    </message>
</context>
<context>
    <name>compshare::ui::CliImportDialog</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import from compshare CLI</source>
        <translation>从 compshare CLI 导入</translation>
    </message>
    <message>
        <source>Profiles found in %1. The private keys are copied to the system keychain; the CLI&apos;s file is not changed.</source>
        <extracomment>%1 is the path of the compshare CLI&apos;s config file.</extracomment>
        <translation>在 %1 中找到以下配置。私钥会复制到系统密钥环，CLI 的文件不会被修改。</translation>
    </message>
    <message>
        <source>%1 — public key %2…</source>
        <extracomment>%1 profile name, %2 the start of its public key (never the private key).</extracomment>
        <translation>%1 — 公钥 %2…</translation>
    </message>
    <message>
        <source>(current in the CLI)</source>
        <translation>（CLI 当前使用）</translation>
    </message>
    <message>
        <source>(incomplete key pair)</source>
        <translation>（密钥对不完整）</translation>
    </message>
    <message>
        <source>The compshare CLI has no profiles.</source>
        <translation>compshare CLI 中没有配置。</translation>
    </message>
    <message>
        <source>Tick the profiles to import.</source>
        <translation>请勾选要导入的配置。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>已导入：%1。</translation>
    </message>
</context>
<context>
    <name>compshare::ui::ConsoleTrayIcon</name>
    <message>
        <source>&amp;Show the console</source>
        <extracomment>In the system tray&apos;s menu: brings the console&apos;s window forward</extracomment>
        <translation>显示控制台(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>In the system tray&apos;s menu: ends the console (also when it watches in the background)</extracomment>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>compshare::ui::CostNotifier</name>
    <message>
        <source>GPU idle</source>
        <translation>GPU 空闲</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>关机…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开机</translation>
    </message>
</context>
<context>
    <name>compshare::ui::CostSummaryView</name>
    <message>
        <source>&lt;b&gt;Where the money goes&lt;/b&gt;</source>
        <translation>&lt;b&gt;费用去向&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select an instance to see its details.</source>
        <translation>选择一个实例以查看详情。</translation>
    </message>
    <message>
        <source>Top %1 by cost now:</source>
        <translation>当前费用最高的 %1 个：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>one line of the cost summary: instance name, what it costs now</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing is paying by the hour.</source>
        <translation>当前没有按小时计费的资源。</translation>
    </message>
    <message>
        <source>Stopping the idle pay-as-you-go instances would save %1.</source>
        <extracomment>what stopping all idle pay-as-you-go instances would save per hour</extracomment>
        <translation>将空闲的按量付费实例关机可节省 %1。</translation>
    </message>
    <message>
        <source>No idle pay-as-you-go instance to stop.</source>
        <translation>没有可关机的空闲按量付费实例。</translation>
    </message>
    <message>
        <source>Nothing with a known price is paying by the hour.</source>
        <extracomment>no instance has a known hourly cost, but some have unknown billing or price</extracomment>
        <translation>没有已知价格的资源在按小时计费。</translation>
    </message>
    <message numerus="yes">
        <source>Stopping the idle pay-as-you-go instances would save at least %1; %n instance(s) came without a price.</source>
        <extracomment>%1 what stopping the idle pay-as-you-go instances with a price saves per hour; %n idle ones without a price</extracomment>
        <translation>
            <numerusform>将空闲的按量付费实例关机至少可节省%1；其中%n个没有价格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle pay-as-you-go instance(s) came without a price: what stopping them saves is not known.</source>
        <translation>
            <numerusform>%n个空闲的按量付费实例没有价格：关机能节省多少未知。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compshare::ui::DemoBanner</name>
    <message>
        <source>Demo cloud — not your account. Nothing here costs money.</source>
        <translation>演示云 — 不是您的账户。这里的操作不产生任何费用。</translation>
    </message>
    <message>
        <source>Add your API key…</source>
        <translation>添加您的 API 密钥…</translation>
    </message>
</context>
<context>
    <name>compshare::ui::DisabledActionExplainer</name>
    <message>
        <source>Select an instance first.</source>
        <translation>请先选择一个实例。</translation>
    </message>
    <message>
        <source>Reboot works on one instance at a time.</source>
        <translation>重启一次只能操作一个实例。</translation>
    </message>
    <message>
        <source>%1 cannot be stopped now. %2</source>
        <extracomment>%1 instance name, %2 a whole sentence saying why</extracomment>
        <translation>%1 现在无法关机。%2</translation>
    </message>
    <message>
        <source>%1 cannot be started now. %2</source>
        <extracomment>%1 instance name, %2 a whole sentence saying why</extracomment>
        <translation>%1 现在无法开机。%2</translation>
    </message>
    <message>
        <source>%1 cannot be rebooted now. %2</source>
        <extracomment>%1 instance name, %2 a whole sentence saying why</extracomment>
        <translation>%1 现在无法重启。%2</translation>
    </message>
</context>
<context>
    <name>compshare::ui::FilterBar</name>
    <message>
        <source>Search name, ID or IP (Ctrl+F)</source>
        <translation>搜索名称、ID 或 IP（Ctrl+F）</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地域</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Running only</source>
        <translation>仅运行中</translation>
    </message>
    <message>
        <source>Stopped only</source>
        <translation>仅已关机</translation>
    </message>
    <message>
        <source>Changing state</source>
        <translation>状态变更中</translation>
    </message>
    <message>
        <source>Spot instances</source>
        <translation>抢占式实例</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>No instances in this account yet.</source>
        <translation>此账户下还没有实例。</translation>
    </message>
    <message>
        <source>No instances in region %1.</source>
        <translation>地域 %1 中没有实例。</translation>
    </message>
    <message>
        <source>No instances in region %1 match the filter.</source>
        <translation>地域 %1 中没有符合筛选条件的实例。</translation>
    </message>
    <message>
        <source>No instances match the filter.</source>
        <translation>没有符合筛选条件的实例。</translation>
    </message>
    <message>
        <source>Search instances</source>
        <extracomment>accessible name of the search box (its placeholder is not read once text is in)</extracomment>
        <translation>搜索实例</translation>
    </message>
    <message>
        <source>Filters the list by name, ID or IP address</source>
        <translation>按名称、ID 或 IP 地址筛选列表</translation>
    </message>
    <message>
        <source>Clear search</source>
        <extracomment>accessible name of the button that empties the search box</extracomment>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Clear search (Escape)</source>
        <translation>清除搜索（Esc）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>compshare::ui::ForceStopDialog</name>
    <message>
        <source>Force stop spot instance</source>
        <translation>强制关机抢占式实例</translation>
    </message>
    <message>
        <source>&lt;b&gt;Force stop spot instance %1?&lt;/b&gt;</source>
        <translation>&lt;b&gt;强制关机抢占式实例 %1？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This is a spot (preemptible) instance. A forced stop is like pulling the power: programs on it get no chance to save their work.</source>
        <translation>这是抢占式实例。强制关机相当于直接断电：实例上的程序来不及保存工作。</translation>
    </message>
    <message>
        <source>I understand this is a forced stop of %1</source>
        <translation>我了解这是对 %1 的强制关机</translation>
    </message>
    <message>
        <source>Force stop</source>
        <extracomment>button: force stop a spot instance</extracomment>
        <translation>强制关机</translation>
    </message>
</context>
<context>
    <name>compshare::ui::GpuHistoryChart</name>
    <message>
        <source>GPU use over the last 24 hours</source>
        <extracomment>accessible name of the details pane&apos;s 24-hour chart</extracomment>
        <translation>过去 24 小时的 GPU 利用率</translation>
    </message>
    <message>
        <source>GPU use over the last 24 hours: no data yet.</source>
        <translation>过去 24 小时的 GPU 利用率：暂无数据。</translation>
    </message>
    <message numerus="yes">
        <source>GPU use over the last 24 hours: %n GPU(s), average %1 %, highest %2 %.</source>
        <extracomment>%n GPUs; %1 and %2 are percentages</extracomment>
        <translation>
            <numerusform>过去 24 小时的 GPU 利用率：%n 块 GPU，平均 %1 %，最高 %2 %。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use %</source>
        <extracomment>chart panel title: GPU utilisation</extracomment>
        <translation>利用率 %</translation>
    </message>
    <message>
        <source>Memory %</source>
        <extracomment>chart panel title: GPU memory in use</extracomment>
        <translation>显存 %</translation>
    </message>
</context>
<context>
    <name>compshare::ui::GpuHistoryView</name>
    <message>
        <source>GPU, last 24 hours:</source>
        <extracomment>details pane: title of the 24-hour GPU chart</extracomment>
        <translation>GPU（过去 24 小时）：</translation>
    </message>
    <message>
        <source>History from this computer</source>
        <extracomment>under the 24-hour chart when CompShare&apos;s monitoring did not answer</extracomment>
        <translation>本机记录的历史</translation>
    </message>
</context>
<context>
    <name>compshare::ui::HistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1 的操作记录</translation>
    </message>
    <message>
        <source>The operations this console sent for %1 (%2), newest first: CompShare&apos;s answer and what the list showed afterwards. Nothing here is ever sent again.</source>
        <translation>本控制台为 %1（%2）发送过的操作，最新的在前：CompShare 的应答，以及之后列表显示的结果。这里的任何操作都不会再次发送。</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Operations sent for %1</source>
        <translation>为 %1 发送的操作</translation>
    </message>
    <message>
        <source>This console has sent no operation for this instance.</source>
        <translation>本控制台尚未为此实例发送过任何操作。</translation>
    </message>
</context>
<context>
    <name>compshare::ui::InstanceActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh the instance list (F5)</source>
        <translation>刷新实例列表（F5）</translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation>关机(&amp;S)…</translation>
    </message>
    <message>
        <source>Stop the selected running instances (Ctrl+Shift+S)</source>
        <translation>将所选的运行中实例关机（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>开机(&amp;T)</translation>
    </message>
    <message>
        <source>Start the selected stopped instance (Ctrl+Shift+O)</source>
        <translation>将所选的已关机实例开机（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <source>Re&amp;boot…</source>
        <translation>重启(&amp;B)…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Stop %n instances…</source>
        <translation>
            <numerusform>关机 %n 个实例(&amp;S)…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Force stop…</source>
        <translation>强制关机(&amp;F)…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Toolbar text (no mnemonic)</extracomment>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Toolbar text (no mnemonic)</extracomment>
        <translation>开机</translation>
    </message>
    <message>
        <source>Reboot…</source>
        <extracomment>Toolbar text (no mnemonic)</extracomment>
        <translation>重启…</translation>
    </message>
    <message numerus="yes">
        <source>Stop %n instances…</source>
        <extracomment>Toolbar text (no mnemonic)</extracomment>
        <translation>
            <numerusform>关机 %n 个实例…</numerusform>
        </translation>
    </message>
    <message>
        <source>Force stop…</source>
        <extracomment>Toolbar text (no mnemonic)</extracomment>
        <translation>强制关机…</translation>
    </message>
    <message>
        <source>Stop…</source>
        <extracomment>Toolbar text (no mnemonic)</extracomment>
        <translation>关机…</translation>
    </message>
    <message>
        <source>Nothing to refresh: no API key is in use. Add one with Account → Add API key…, or try the demo cloud.</source>
        <translation>无可刷新内容：当前未使用任何 API 密钥。请通过“账户 → 添加 API 密钥…”添加，或试用演示云。</translation>
    </message>
    <message>
        <source>Start &amp;without GPU</source>
        <extracomment>无卡开机: start the instance without its GPU (cheaper, for data work)</extracomment>
        <translation>无卡开机(&amp;W)</translation>
    </message>
    <message>
        <source>Start the selected stopped instance without its GPU (offered where CompShare supports it)</source>
        <translation>以无卡模式开启所选的已关机实例（仅在 CompShare 支持时提供）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>one skipped instance: %1 name, %2 why it is skipped</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reboot the selected running instance (Ctrl+Shift+R)</source>
        <translation>重启所选的运行中实例（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>&amp;Copy SSH command</source>
        <translation>复制 SSH 命令(&amp;C)</translation>
    </message>
    <message>
        <source>Nothing to stop. %1</source>
        <translation>没有可关机的实例。%1</translation>
    </message>
    <message>
        <source>Skipped. %1</source>
        <translation>已跳过：%1</translation>
    </message>
</context>
<context>
    <name>compshare::ui::InstanceDetailsPane</name>
    <message>
        <source>Select an instance to see its details.</source>
        <translation>选择一个实例以查看详情。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Region / zone:</source>
        <translation>地域 / 可用区：</translation>
    </message>
    <message>
        <source>Billing:</source>
        <translation>计费方式：</translation>
    </message>
    <message>
        <source>Preemptible: CompShare may reclaim it at any time, and it can be stopped only with a forced stop.</source>
        <translation>抢占式：CompShare 可能随时回收该实例，且只能强制关机。</translation>
    </message>
    <message>
        <source>GPU:</source>
        <translation>GPU：</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>镜像：</translation>
    </message>
    <message>
        <source>IP addresses:</source>
        <translation>IP 地址：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>到期时间：</translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation>自动续费：</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>操作系统：</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>SSH command:</source>
        <translation>SSH 命令：</translation>
    </message>
    <message>
        <source>Copy SSH command</source>
        <translation>复制 SSH 命令</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 核</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Spot instance</source>
        <extracomment>accessible name of the badge next to a spot instance&apos;s billing type</extracomment>
        <translation>抢占式实例</translation>
    </message>
    <message>
        <source>Cost now:</source>
        <extracomment>details pane: what the instance costs now, with its breakdown</extracomment>
        <translation>当前费用：</translation>
    </message>
    <message>
        <source>GPU use:</source>
        <translation>GPU 利用率：</translation>
    </message>
    <message>
        <source>Details of the selected instance</source>
        <translation>所选实例的详情</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>accessible name of a details field: %1 field name, %2 its value</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2 each</source>
        <extracomment>GPU text, then memory per GPU with its unit, e.g. &quot;RTX 4090 × 2, 24 GB each&quot;</extracomment>
        <translation>%1，每卡 %2</translation>
    </message>
    <message>
        <source>Instance details</source>
        <translation>实例详情</translation>
    </message>
</context>
<context>
    <name>compshare::ui::InstanceTableView</name>
    <message>
        <source>Instances</source>
        <translation>实例列表</translation>
    </message>
</context>
<context>
    <name>compshare::ui::MainWindow</name>
    <message>
        <source>Enter key for this session…</source>
        <translation>输入本次会话使用的密钥…</translation>
    </message>
    <message>
        <source>Fix credentials…</source>
        <translation>修复凭证…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>Quit ends the console; closing the window may keep it watching in the background</extracomment>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>实例(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add API key…</source>
        <translation>添加 API 密钥(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>配置管理(&amp;P)…</translation>
    </message>
    <message>
        <source>Try the &amp;demo cloud</source>
        <translation>试用演示云(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Details pane</source>
        <translation>详情面板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CompShare Console</source>
        <translation>关于优云智算控制台(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Account profile</source>
        <translation>账户配置</translation>
    </message>
    <message>
        <source>Demo cloud</source>
        <translation>演示云</translation>
    </message>
    <message>
        <source>Retrying automatically.</source>
        <translation>正在自动重试。</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>About CompShare Console</source>
        <translation>关于优云智算控制台</translation>
    </message>
    <message>
        <source>&lt;b&gt;CompShare Console %1&lt;/b&gt;&lt;p&gt;See and stop your CompShare (优云智算) GPU instances in every region.&lt;/p&gt;&lt;p&gt;Your API keys stay in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;b&gt;优云智算控制台 %1&lt;/b&gt;&lt;p&gt;查看并关停您在所有地域的优云智算（CompShare）GPU 实例。&lt;/p&gt;&lt;p&gt;您的 API 密钥保存在系统密钥环中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>From environment</source>
        <extracomment>Profile switcher entry for keys from COMPSHARE_PUBLIC_KEY / COMPSHARE_PRIVATE_KEY</extracomment>
        <translation>来自环境变量</translation>
    </message>
    <message>
        <source>[DEMO] demo cloud, not your account</source>
        <extracomment>Window title in demo mode (the app name follows); keep DEMO prominent</extracomment>
        <translation>[演示] 演示云，不是您的账户</translation>
    </message>
    <message>
        <source>This instance has no action in its current state.</source>
        <translation>该实例在当前状态下没有可执行的操作。</translation>
    </message>
    <message>
        <source>Loading the instance list…</source>
        <translation>正在加载实例列表…</translation>
    </message>
    <message>
        <source>Showing the list from %1.</source>
        <extracomment>%1 is the time of the last good list, e.g. 14:05</extracomment>
        <translation>显示的是 %1 的列表。</translation>
    </message>
    <message numerus="yes">
        <source>CompShare has not answered for %n second(s) — showing data from %1. Still waiting.</source>
        <extracomment>%n seconds; %1 the time of the last good list, e.g. 14:05</extracomment>
        <translation>
            <numerusform>CompShare 已有 %n 秒没有应答——显示的是 %1 的数据。仍在等待。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CompShare has not answered for %n second(s). Still waiting.</source>
        <translation>
            <numerusform>CompShare 已有 %n 秒没有应答。仍在等待。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach CompShare — showing data from %1. %2 Retrying automatically.</source>
        <extracomment>%1 the time of the last good list, %2 what went wrong (whole sentences)</extracomment>
        <translation>无法连接 CompShare——显示的是 %1 的数据。%2正在自动重试。</translation>
    </message>
    <message>
        <source>Cannot reach CompShare. %1 Retrying automatically.</source>
        <extracomment>%1 what went wrong (whole sentences)</extracomment>
        <translation>无法连接 CompShare。%1正在自动重试。</translation>
    </message>
    <message>
        <source>Requests signed with your key go to %1, not to CompShare&apos;s own API (api.compshare.cn). Whoever runs %1 can replay them at CompShare for as long as the key is valid: use it only if you trust it.</source>
        <extracomment>%1 is the host name of the API endpoint in use, e.g. api.example.com</extracomment>
        <translation>用您的密钥签名的请求会发送到 %1，而不是 CompShare 官方 API（api.compshare.cn）。%1 的运营者可以在密钥有效期内把这些请求重放到 CompShare：请仅在信任它时使用。</translation>
    </message>
    <message>
        <source>The instance list could not be loaded yet; the message below the list says why.</source>
        <translation>实例列表还未能加载，原因见列表下方的提示。</translation>
    </message>
    <message>
        <source>CompShare answered with an error — showing data from %1. %2 Retrying automatically.</source>
        <extracomment>%1 the time of the last good list, %2 what it answered (whole sentences)</extracomment>
        <translation>CompShare 返回了错误——显示的是 %1 的数据。%2正在自动重试。</translation>
    </message>
    <message>
        <source>CompShare answered with an error. %1 Retrying automatically.</source>
        <extracomment>%1 what it answered (whole sentences)</extracomment>
        <translation>CompShare 返回了错误。%1正在自动重试。</translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <extracomment>accessible name of the toolbar&apos;s overflow (») button</extracomment>
        <translation>更多工具栏操作</translation>
    </message>
    <message>
        <source>The project list was refused. %1 The list is asked without a project; a sub-account key may be refused, and a scheduled stop is not sent until you enter a project in the Project box.</source>
        <translation>项目列表请求被拒绝。%1实例列表将不带项目请求；子账号密钥可能被拒绝，在您于“项目”框中输入项目之前，不会发送定时关机请求。</translation>
    </message>
    <message>
        <source>The project list could not be read. %1 The list is asked without a project; a sub-account key may be refused, and a scheduled stop is not sent until you enter a project in the Project box.</source>
        <translation>无法读取项目列表。%1实例列表将不带项目请求；子账号密钥可能被拒绝，在您于“项目”框中输入项目之前，不会发送定时关机请求。</translation>
    </message>
    <message>
        <source>You can enter your key for this session only.</source>
        <translation>您可以输入密钥，仅在本次会话中使用。</translation>
    </message>
    <message>
        <source>(demo)</source>
        <extracomment>added to the title of every desktop notification on the demo cloud</extracomment>
        <translation>（演示）</translation>
    </message>
    <message>
        <source>The console&apos;s local store in %1 could not be used, and no new one could be made there. The history of operations, the saved list and GPU samples are kept only until the console quits.</source>
        <translation>无法使用 %1 中的控制台本地存储，也无法在那里新建。操作记录、保存的列表和 GPU 采样只保留到控制台退出为止。</translation>
    </message>
    <message>
        <source>The console&apos;s local store was written by a newer version of the console, so a new one was started. The old file is kept as %1.</source>
        <translation>控制台本地存储由更新版本的控制台写入，因此已新建一个。旧文件保留为 %1。</translation>
    </message>
    <message>
        <source>The console&apos;s local store could not be opened, so a new one was started. The old file is kept as %1.</source>
        <translation>无法打开控制台本地存储，因此已新建一个。旧文件保留为 %1。</translation>
    </message>
    <message>
        <source>The console&apos;s local store was damaged, so a new one was started. The old file is kept as %1.</source>
        <translation>控制台本地存储已损坏，因此已新建一个。旧文件保留为 %1。</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <extracomment>Opens the list of operations the console sent for the selected instance</extracomment>
        <translation>操作记录(&amp;Y)…</translation>
    </message>
    <message>
        <source>The operations this console sent for the selected instance (Ctrl+Shift+H)</source>
        <translation>本控制台为所选实例发送过的操作（Ctrl+Shift+H）</translation>
    </message>
    <message>
        <source>List from %1, refreshing…</source>
        <extracomment>The rows shown are a list saved earlier; CompShare has not answered yet</extracomment>
        <translation>列表来自 %1，正在刷新…</translation>
    </message>
    <message>
        <source>This list was saved at %1. Money figures and actions wait for CompShare&apos;s answer.</source>
        <translation>此列表保存于 %1。费用数字和操作需等待 CompShare 的应答。</translation>
    </message>
    <message numerus="yes">
        <source>CompShare did not answer within %n second(s) — showing data from %1. Retrying automatically.</source>
        <extracomment>%n seconds (the request timeout); %1 the time of the last good list</extracomment>
        <translation>
            <numerusform>优云智算在%n秒内没有应答——显示的是%1的数据。正在自动重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CompShare did not answer within %n second(s). Retrying automatically.</source>
        <extracomment>%n seconds (the request timeout)</extracomment>
        <translation>
            <numerusform>优云智算在%n秒内没有应答。正在自动重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compshare::ui::OperationNotifier</name>
    <message>
        <source>Instance stopped</source>
        <translation>实例已关机</translation>
    </message>
    <message>
        <source>%1 has stopped.</source>
        <translation>%1 已关机。</translation>
    </message>
    <message>
        <source>Spot instance reclaimed</source>
        <translation>抢占式实例已被回收</translation>
    </message>
    <message>
        <source>CompShare reclaimed the spot instance %1; it is now stopped. Its data is kept for 7 days and it can be started again.</source>
        <translation>CompShare 回收了抢占式实例 %1，该实例现已关机。其数据保留 7 天，可以再次开机。</translation>
    </message>
    <message>
        <source>Instance running</source>
        <translation>实例运行中</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 正在运行。</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Action button on a desktop notification: bring the console to the front on this instance</extracomment>
        <translation>查看</translation>
    </message>
</context>
<context>
    <name>compshare::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>unit suffix of the refresh interval spin box</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often the instance list is refreshed (default %1 seconds).</source>
        <translation>实例列表的刷新频率（默认 %1 秒）。</translation>
    </message>
    <message>
        <source>Auto-refresh every:</source>
        <translation>自动刷新间隔：</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>显示桌面通知</translation>
    </message>
    <message>
        <source>For example when an instance has finished stopping.</source>
        <translation>例如实例完成关机时。</translation>
    </message>
    <message>
        <source>Ask before ordinary stops</source>
        <translation>普通关机前询问</translation>
    </message>
    <message>
        <source>Spot instances always ask, because they can only be force stopped.</source>
        <translation>抢占式实例总是会询问，因为它们只能强制关机。</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>language choice: follow the operating system&apos;s language</extracomment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language applies after a restart.</source>
        <translation>语言设置在重新启动控制台后生效。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Leave empty for the CompShare API gateway. Only https, or http to this computer for a local simulator.</source>
        <translation>留空则使用 CompShare API 网关。只允许 https，或用于本机模拟器的 http。</translation>
    </message>
    <message>
        <source>API endpoint:</source>
        <translation>API 地址：</translation>
    </message>
    <message>
        <source> %</source>
        <extracomment>unit suffix of the idle threshold spin box (percent)</extracomment>
        <translation> %</translation>
    </message>
    <message>
        <source>A GPU below this utilisation counts as idle (default 5 %).</source>
        <translation>GPU 利用率低于此值即视为空闲（默认 5 %）。</translation>
    </message>
    <message>
        <source>GPU idle below:</source>
        <translation>GPU 空闲阈值：</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>unit suffix of the idle window spin box (minutes)
----------
unit suffix: minutes</extracomment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>An instance is idle when all its GPUs stayed below the threshold in every sample for this long (default 30 minutes).</source>
        <translation>实例的所有 GPU 在此时长内的每次采样均低于阈值时，即视为空闲（默认 30 分钟）。</translation>
    </message>
    <message>
        <source>Idle after:</source>
        <translation>空闲判定时长：</translation>
    </message>
    <message>
        <source>Scheduled stop</source>
        <translation>定时关机</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>A notification this long before a scheduled stop, with Extend 1 h (default %1 minutes).</source>
        <translation>在定时关机前这么久发出通知，并提供“延长 1 小时”（默认 %1 分钟）。</translation>
    </message>
    <message>
        <source>Remind me before:</source>
        <translation>提前提醒：</translation>
    </message>
    <message>
        <source>Schedule a stop</source>
        <translation>设置定时关机</translation>
    </message>
    <message>
        <source>When you start a pay-as-you-go instance from the console, schedule a server-side stop this many hours later.</source>
        <translation>从控制台开启按量付费实例时，在这么多小时后设置服务器端定时关机。</translation>
    </message>
    <message>
        <source> h after every start</source>
        <extracomment>unit suffix: hours, after &quot;Schedule a stop [N h] after every start&quot;</extracomment>
        <translation> 小时（每次开机后）</translation>
    </message>
    <message>
        <source>Keep watching in the background</source>
        <translation>在后台继续监控</translation>
    </message>
    <message>
        <source>Closing the window leaves the console running, so reminders, stop when idle and notifications keep working. File ▸ Quit (Ctrl+Q) ends it.</source>
        <translation>关闭窗口后控制台继续运行，提醒、空闲时关机和通知都会继续工作。文件 ▸ 退出（Ctrl+Q）可结束它。</translation>
    </message>
    <message>
        <source>Start at login, in the background</source>
        <translation>登录时在后台启动</translation>
    </message>
    <message>
        <source>Adds CompShare Console to your desktop&apos;s autostart folder.</source>
        <translation>将优云智算控制台加入桌面的自动启动文件夹。</translation>
    </message>
    <message>
        <source>%1 min is below the minimum of %2 min: choose at least %2 min.</source>
        <extracomment>%1 the minutes typed, %2 the shortest idle time Preferences accept, in minutes</extracomment>
        <translation>%1 分钟低于最小值 %2 分钟：请至少选择 %2 分钟。</translation>
    </message>
</context>
<context>
    <name>compshare::ui::ProfilesDialog</name>
    <message>
        <source>Switch to</source>
        <translation>切换到此配置</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>API key profiles</source>
        <translation>API 密钥配置</translation>
    </message>
    <message>
        <source>Add key…</source>
        <translation>添加密钥…</translation>
    </message>
    <message>
        <source>Import from compshare CLI…</source>
        <translation>从 compshare CLI 导入…</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>%1 — public key %2…</source>
        <extracomment>%1 profile name, %2 the start of its public key (never the private key).</extracomment>
        <translation>%1 — 公钥 %2…</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>（使用中）</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>正在重命名…</translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot;? Its private key is removed from the system keychain; running instances are not affected.</source>
        <extracomment>%1 is a profile name.</extracomment>
        <translation>删除配置“%1”？其私钥将从系统密钥环中移除；运行中的实例不受影响。</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
</context>
<context>
    <name>compshare::ui::ProjectSelector</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>No project</source>
        <extracomment>Project selector when GetProjectList was refused: calls go without ProjectId</extracomment>
        <translation>无项目</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>Project selector entry of the account&apos;s default project</extracomment>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Project ID, as the CompShare console shows it (for example org-abc123):</source>
        <translation>项目 ID，与 CompShare 官网控制台中显示的一致（例如 org-abc123）：</translation>
    </message>
    <message>
        <source>Enter a project ID…</source>
        <extracomment>Project selector entry: type a project ID by hand (the list could not be read)</extracomment>
        <translation>输入项目 ID…</translation>
    </message>
    <message>
        <source>The project list could not be read (%1). The list is asked without a project; a scheduled stop needs one: enter it here.</source>
        <translation>无法读取项目列表（%1）。实例列表将不带项目请求；定时关机需要项目：请在此输入。</translation>
    </message>
    <message>
        <source>Project: every call is sent for this project.</source>
        <translation>项目：所有请求都会针对此项目发送。</translation>
    </message>
</context>
<context>
    <name>compshare::ui::PromptService</name>
    <message>
        <source>Reboot %1?</source>
        <translation>重启 %1？</translation>
    </message>
    <message>
        <source>Programs running on the instance are interrupted.</source>
        <translation>实例上正在运行的程序会被中断。</translation>
    </message>
    <message>
        <source>Reboot</source>
        <extracomment>button: reboot the instance</extracomment>
        <translation>重启</translation>
    </message>
    <message>
        <source>• %1 — %2</source>
        <extracomment>one line per instance in the start confirmation: name, its price per hour</extracomment>
        <translation>• %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Start %n instances?</source>
        <translation>
            <numerusform>开启 %n 个实例？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Running, they add %2 together to what this account costs.</source>
        <extracomment>%1 the instances, one per line; %2 their hourly price together, e.g. ¥6.50/h</extracomment>
        <translation>%1

运行后，它们合计会使本账号的费用增加 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Start %n</source>
        <extracomment>button: start the listed instances</extracomment>
        <translation>
            <numerusform>开机 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are prepaid: paid already, they add nothing.</source>
        <extracomment>multi-start: prepaid instances are paid already, starting them adds nothing</extracomment>
        <translation>
            <numerusform>其中 %n 台为预付费：已付过费用，开机不增加费用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep watching in the background?</source>
        <translation>在后台继续监控吗？</translation>
    </message>
    <message>
        <source>With the window closed, CompShare Console can keep running: reminders, stop when idle and the reclaim warning keep working, and notifications still reach it. It always keeps running while something needs watching. File ▸ Quit (Ctrl+Q) ends it; you can change this in Preferences.</source>
        <translation>关闭窗口后，优云智算控制台 可以继续运行：提醒、空闲时关机和回收警告都会继续工作，通知也仍能送达。有需要监控的内容时，它总会继续运行。文件 ▸ 退出（Ctrl+Q）可结束它；也可以在首选项中更改此设置。</translation>
    </message>
    <message>
        <source>Keep watching</source>
        <extracomment>button: close the window and keep the console running</extracomment>
        <translation>继续监控</translation>
    </message>
    <message>
        <source>Quit</source>
        <extracomment>button: end the console when its window closes</extracomment>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <source>%1

Running, they add at least %2 together to what this account costs; the price of %n instance(s) is not known.</source>
        <extracomment>%1 the instances, one per line; %2 what those with a price add, e.g. ¥6.50/h; %n instances whose price is not known</extracomment>
        <translation>
            <numerusform>%1

运行后，它们合计至少会使本账号的费用增加%2；其中%n个的价格未知。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1

What running them adds to what this account costs is not known: the price of %n instance(s) is not known.</source>
        <extracomment>%1 the instances, one per line; %n instances whose price is not known</extracomment>
        <translation>
            <numerusform>%1

运行它们会使本账号的费用增加多少未知：其中%n个的价格未知。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compshare::ui::ReleaseDialog</name>
    <message>
        <source>ends %1</source>
        <extracomment>what releasing one instance stops costing, e.g. &quot;ends ¥0.12/h&quot;</extracomment>
        <translation>停止 %1 的费用</translation>
    </message>
    <message>
        <source>prepaid: no hourly charge ends</source>
        <translation>预付费：不会停止按小时计费</translation>
    </message>
    <message>
        <source>no figure reported</source>
        <translation>无价格数据</translation>
    </message>
    <message>
        <source>• %1 (%2) — %3</source>
        <extracomment>one instance in the release list: %1 name, %2 id, %3 what releasing it ends</extracomment>
        <translation>• %1（%2）— %3</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>释放 %1</translation>
    </message>
    <message numerus="yes">
        <source>Release %n instances</source>
        <translation>
            <numerusform>释放 %n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Release %1 (%2) for good?&lt;/b&gt;</source>
        <extracomment>%1 instance name, %2 its id</extracomment>
        <translation>&lt;b&gt;永久释放 %1（%2）？&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Release these %n instances for good?&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;永久释放这 %n 个实例？&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, they cannot be released now:
%1</source>
        <extracomment>%1 lines &quot;name — why&quot;, one per instance left out</extracomment>
        <translation>以下实例现在无法释放，已排除：
%1</translation>
    </message>
    <message>
        <source>Releasing deletes the instance. Its system disk is deleted with all the data on it, and this cannot be undone.</source>
        <translation>释放会删除该实例。其系统盘及盘上所有数据都会被删除，且无法撤销。</translation>
    </message>
    <message>
        <source>Releasing deletes each of these instances. Their system disks are deleted with all the data on them, and this cannot be undone.</source>
        <translation>释放会删除以上每个实例。它们的系统盘及盘上所有数据都会被删除，且无法撤销。</translation>
    </message>
    <message>
        <source>Also delete its data disks</source>
        <translation>同时删除其数据盘</translation>
    </message>
    <message>
        <source>Also delete their data disks</source>
        <translation>同时删除它们的数据盘</translation>
    </message>
    <message>
        <source>Its data disks are kept (and keep being charged) unless you tick the box below.</source>
        <translation>除非勾选下方选项，其数据盘会保留（并继续计费）。</translation>
    </message>
    <message>
        <source>Their data disks are kept (and keep being charged) unless you tick the box below.</source>
        <translation>除非勾选下方选项，它们的数据盘会保留（并继续计费）。</translation>
    </message>
    <message>
        <source>CompShare&apos;s answer says whether a released instance goes to its recycle bin; the console tells you which.</source>
        <translation>CompShare 的应答会说明释放的实例是否进入回收站，控制台会告诉你结果。</translation>
    </message>
    <message>
        <source>Type the instance&apos;s name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <extracomment>%1 what to type: the instance&apos;s name, or for several their number</extracomment>
        <translation>请输入实例名称 &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
    <message>
        <source>Type the number of instances, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>请输入实例数量 &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
    <message>
        <source>Release</source>
        <extracomment>button: release (delete) the instance(s)</extracomment>
        <translation>释放</translation>
    </message>
    <message numerus="yes">
        <source>Release %n</source>
        <translation>
            <numerusform>释放 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Releasing stops %1 of charges for disks and image.</source>
        <extracomment>%1 an hourly figure such as ¥0.12/h</extracomment>
        <translation>释放后将停止磁盘和镜像 %1 的费用。</translation>
    </message>
    <message>
        <source>The data disks kept go on costing %1.</source>
        <extracomment>%1 an hourly figure such as ¥0.05/h</extracomment>
        <translation>保留的数据盘继续按 %1 计费。</translation>
    </message>
    <message>
        <source>A prepaid instance has paid for its period: releasing it ends no hourly charge.</source>
        <translation>预付费实例已支付当期费用：释放它不会停止任何按小时的计费。</translation>
    </message>
    <message>
        <source>CompShare reports no stopped price for a spot instance or one without billing details, so no figure is given for it.</source>
        <translation>对于抢占式实例或没有计费明细的实例，CompShare 不提供关机后的价格，因此不显示金额。</translation>
    </message>
    <message>
        <source>ends at least %1</source>
        <extracomment>what releasing one instance stops costing; a price is not given</extracomment>
        <translation>至少停止%1的费用</translation>
    </message>
    <message>
        <source>Releasing stops at least %1 of charges for disks and image; a disk or image price is not given.</source>
        <extracomment>%1 an hourly figure such as ¥0.12/h; a disk or image price is not given</extracomment>
        <translation>释放后至少将停止磁盘和镜像%1的费用；有磁盘或镜像价格未提供。</translation>
    </message>
    <message>
        <source>CompShare gives no disk or image price for it, so what releasing stops costing is not known.</source>
        <translation>优云智算没有给出它的磁盘或镜像价格，因此释放后能停止多少费用未知。</translation>
    </message>
    <message>
        <source>The data disks kept go on costing at least %1; a disk price is not given.</source>
        <extracomment>%1 an hourly figure such as ¥0.05/h; a data disk price is not given</extracomment>
        <translation>保留的数据盘继续计费，至少%1；有磁盘价格未提供。</translation>
    </message>
    <message>
        <source>The data disks kept go on costing; their price is not given.</source>
        <translation>保留的数据盘继续计费；其价格未提供。</translation>
    </message>
</context>
<context>
    <name>compshare::ui::ReleaseRenameActions</name>
    <message>
        <source>R&amp;elease…</source>
        <extracomment>Release = delete the instance for good (释放实例)</extracomment>
        <translation>释放(&amp;E)…</translation>
    </message>
    <message>
        <source>Release (delete) the selected stopped instances: the end of paying for them (Shift+Delete)</source>
        <translation>释放（删除）所选的已关机实例，从此不再为其付费（Shift+Delete）</translation>
    </message>
    <message>
        <source>Select a stopped instance to release first.</source>
        <translation>请先选择一个已关机的实例再释放。</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Give the selected instance a new name (F2)</source>
        <translation>为所选实例改名（F2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>one instance left out: %1 name, %2 why</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing to release: %1</source>
        <translation>没有可释放的实例：%1</translation>
    </message>
    <message>
        <source>Renaming %1 to %2…</source>
        <extracomment>%1 the old name, %2 the new one</extracomment>
        <translation>正在将 %1 重命名为 %2…</translation>
    </message>
    <message>
        <source>CompShare refused the name %2 for %1 (%3). The name did not change.</source>
        <extracomment>%1 old name, %2 new name, %3 what CompShare answered (HTTP 503, request id …)</extracomment>
        <translation>CompShare 拒绝将 %1 命名为 %2（%3）。名称未改变。</translation>
    </message>
    <message>
        <source>CompShare accepted the name %2 for %1; the list will show it at the next refresh.</source>
        <translation>CompShare 已接受将 %1 命名为 %2；下次刷新时列表会显示新名称。</translation>
    </message>
    <message>
        <source>%1 is now called %2.</source>
        <translation>%1 已改名为 %2。</translation>
    </message>
    <message>
        <source>CompShare accepted the name %2 for %1 but still lists the old name; the next refresh will show it.</source>
        <translation>CompShare 已接受将 %1 命名为 %2，但列表仍显示旧名称；下次刷新时会显示新名称。</translation>
    </message>
    <message>
        <source>The answer to renaming %1 was lost, and the list still shows the old name. The name was not sent again.</source>
        <translation>重命名 %1 的请求未收到应答，列表仍显示旧名称。新名称不会再次发送。</translation>
    </message>
    <message>
        <source>The name of %1 did not change. %2</source>
        <extracomment>%1 the old name, %2 why, a whole sentence</extracomment>
        <translation>%1 的名称未改变。%2</translation>
    </message>
    <message>
        <source>CompShare&apos;s answer to renaming %1 (%2) did not say whether it was applied, and the list still shows the old name: the name did not change; you can try again.</source>
        <translation>优云智算对重命名%1的应答（%2）没有说明是否已执行，列表仍显示旧名称：名称没有改变；您可以重试。</translation>
    </message>
</context>
<context>
    <name>compshare::ui::RenameDialog</name>
    <message>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <source>New name for %1 (%2):</source>
        <extracomment>%1 the instance&apos;s name, %2 its id</extracomment>
        <translation>%1（%2）的新名称：</translation>
    </message>
    <message>
        <source>Up to %1 characters: Chinese characters, letters, digits and _ . , : -</source>
        <translation>最多 %1 个字符：中文、英文字母、数字及 _ . , : -</translation>
    </message>
    <message>
        <source>Rename</source>
        <extracomment>button: send the new name</extracomment>
        <translation>重命名</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n character(s).</source>
        <extracomment>%n the most characters a name may have</extracomment>
        <translation>
            <numerusform>名称超过了 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>A name cannot contain spaces.</source>
        <extracomment>%1 the character, e.g. “ ” or “/”</extracomment>
        <translation>名称不能包含空格。</translation>
    </message>
    <message>
        <source>A name cannot contain “%1”.</source>
        <translation>名称不能包含“%1”。</translation>
    </message>
</context>
<context>
    <name>compshare::ui::RowActionDelegate</name>
    <message>
        <source>Stopping…</source>
        <extracomment>row button while the instance&apos;s stop is under way</extracomment>
        <translation>关机中…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Force stop…</source>
        <extracomment>row button of a spot instance; opens the force stop confirmation</extracomment>
        <translation>强制关机…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <extracomment>row button while the instance&apos;s start is under way</extracomment>
        <translation>开机中…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>Rebooting…</source>
        <extracomment>row button while the instance&apos;s reboot is under way</extracomment>
        <translation>重启中…</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <extracomment>row button while the instance&apos;s release (deletion) is under way</extracomment>
        <translation>释放中…</translation>
    </message>
</context>
<context>
    <name>compshare::ui::ScheduleStopActions</name>
    <message>
        <source>Sc&amp;hedule stop…</source>
        <translation>定时关机(&amp;H)…</translation>
    </message>
    <message>
        <source>Schedule stop…</source>
        <extracomment>Toolbar text (no mnemonic)</extracomment>
        <translation>定时关机…</translation>
    </message>
    <message>
        <source>Let CompShare stop the selected instances at a set time, even when the console is closed (Ctrl+Shift+T)</source>
        <translation>让 CompShare 在设定时间关闭所选实例，即使控制台已关闭（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Scheduled stop of %1 cancelled (confirmed).</source>
        <translation>已取消 %1 的定时关机（已确认）。</translation>
    </message>
    <message>
        <source>%1 will stop at %2 (confirmed).</source>
        <extracomment>%1 instance, %2 time like 18:00</extracomment>
        <translation>%1 将于 %2 关机（已确认）。</translation>
    </message>
    <message>
        <source>The scheduled stop of %1 is not confirmed: the instance shows %2. %3</source>
        <extracomment>%1 instance, %2 what the instance shows now, %3 the error if any</extracomment>
        <translation>%1 的定时关机未得到确认：实例显示为 %2。%3</translation>
    </message>
    <message>
        <source>Stop when &amp;idle…</source>
        <translation>空闲时关机(&amp;I)…</translation>
    </message>
    <message>
        <source>CompShare refused the scheduled stop of %1. %2</source>
        <extracomment>%1 instance name, %2 CompShare&apos;s error, a whole sentence</extracomment>
        <translation>CompShare 拒绝了 %1 的定时关机。%2</translation>
    </message>
    <message>
        <source>Stop the selected instance after its GPUs have been idle for a while (only while the console runs) (Ctrl+Shift+I)</source>
        <translation>在所选实例的 GPU 空闲一段时间后将其关机（仅在控制台运行时有效）（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>%1 will stop in %2: its GPUs have been idle for %3. To keep it running, choose Keep running on the notification or switch off Stop when idle (Ctrl+Shift+I).</source>
        <extracomment>status bar; %1 instance, %2 the grace (&quot;2 min&quot;), %3 how long it has been idle (&quot;45 min&quot;)</extracomment>
        <translation>%1 将在 %2后关机：其 GPU 已空闲 %3。如需继续运行，请在通知中选择“继续运行”，或关闭空闲时关机（Ctrl+Shift+I）。</translation>
    </message>
    <message>
        <source>The scheduled stop of %1 did not change. %2</source>
        <extracomment>%1 instance name, %2 why, a whole sentence</extracomment>
        <translation>%1 的定时关机未改变。%2</translation>
    </message>
</context>
<context>
    <name>compshare::ui::ScheduleStopDialog</name>
    <message>
        <source>Schedule stop</source>
        <translation>定时关机</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A skipped instance and the reason: &quot;gpu-spot-1: Spot instances cannot …&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>None of the selected instances can have a scheduled stop.</source>
        <translation>所选实例均不能设置定时关机。</translation>
    </message>
    <message>
        <source>CompShare will stop &lt;b&gt;%1&lt;/b&gt; at the chosen time, even when this console is closed.</source>
        <translation>CompShare 将在所选时间关闭 &lt;b&gt;%1&lt;/b&gt;，即使本控制台已关闭。</translation>
    </message>
    <message>
        <source>Extend by 1 hour (to %1)</source>
        <extracomment>%1 is the new stop time, e.g. 19:00</extracomment>
        <translation>延长 1 小时（至 %1）</translation>
    </message>
    <message>
        <source>In 1 hour (at %1)</source>
        <translation>1 小时后（%1）</translation>
    </message>
    <message>
        <source>In 2 hours</source>
        <translation>2 小时后</translation>
    </message>
    <message>
        <source>In 4 hours</source>
        <translation>4 小时后</translation>
    </message>
    <message>
        <source>In 8 hours</source>
        <translation>8 小时后</translation>
    </message>
    <message>
        <source>Tonight at 23:00</source>
        <translation>今晚 23:00</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skipped:&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;已跳过：&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Cancel schedule</source>
        <translation>取消定时关机</translation>
    </message>
    <message>
        <source>Remove the scheduled stop of the listed instances.</source>
        <translation>移除所列实例的定时关机。</translation>
    </message>
</context>
<context>
    <name>compshare::ui::StateBadgeDelegate</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>still %1 after %2 min</source>
        <extracomment>badge of an instance whose transition takes too long, e.g. &quot;still Stopping after 12 min&quot;</extracomment>
        <translation>已 %2 分钟，仍%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>state and elapsed minutes:seconds, e.g. &quot;Stopping · 0:42&quot; or &quot;Stop requested · 0:02&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>compshare::ui::StatusBanner</name>
    <message>
        <source>Dismiss</source>
        <extracomment>tooltip of the banner&apos;s close button</extracomment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <source>Copy what CompShare answered (RetCode, message, request id) to quote it to support</source>
        <translation>复制 CompShare 的应答（RetCode、消息、请求 ID），以便提供给客服</translation>
    </message>
</context>
<context>
    <name>compshare::ui::StatusSummary</name>
    <message>
        <source>Loading…</source>
        <extracomment>the status bar&apos;s instance count before the first list has arrived</extracomment>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>尚未刷新</translation>
    </message>
    <message>
        <source>Updated %1 · refreshing…</source>
        <translation>更新于 %1 · 正在刷新…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln instance(s), %1 running</source>
        <extracomment>%Ln = instances in total, %1 = how many of them run</extracomment>
        <translation>
            <numerusform>共 %Ln 个实例，%1 个运行中</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepaid instances (hourly, daily, monthly, yearly) are paid in advance: stopping them saves nothing.</source>
        <translation>预付费实例（按时、按天、包月、包年）已提前付款：关机不会节省费用。</translation>
    </message>
    <message>
        <source>Paying — (no list yet)</source>
        <extracomment>the hourly burn before CompShare has answered with a list: no figure, not ¥0.00</extracomment>
        <translation>支出 —（尚无列表）</translation>
    </message>
    <message>
        <source>The cost appears once CompShare has answered with the instance list.</source>
        <translation>CompShare 返回实例列表后才会显示费用。</translation>
    </message>
    <message>
        <source>What the figures leave out, or count only in part: no cost is claimed for a price CompShare did not give, so the figures read &quot;at least&quot;.</source>
        <translation>金额未计入或仅部分计入的部分：优云智算未给出的价格不计任何费用，因此金额显示为“至少”。</translation>
    </message>
</context>
<context>
    <name>compshare::ui::StopConfirmDialog</name>
    <message>
        <source>Stop %1?</source>
        <translation>关机 %1？</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stop %1?&lt;/b&gt;</source>
        <translation>&lt;b&gt;关机 %1？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Don&apos;t ask again for ordinary stops</source>
        <translation>普通关机不再询问</translation>
    </message>
    <message>
        <source>Ordinary stops will happen without this question. Spot instances always ask. You can turn the question back on in Preferences.</source>
        <translation>普通关机将不再弹出此确认。抢占式实例总是会询问。您可以在首选项中重新开启此确认。</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>button: stop the instance (not a forced stop)</extracomment>
        <translation>关机</translation>
    </message>
    <message>
        <source>CompShare reports the image status &quot;%2&quot; for %1, a value the console does not know. If an image is being made from it, CompShare may refuse the stop, or the image may be incomplete.</source>
        <extracomment>%1 instance name, %2 the CompShareImageStatus value exactly as CompShare sent it</extracomment>
        <translation>CompShare 报告 %1 的镜像状态为“%2”，控制台不认识这个值。如果正在用它制作镜像，CompShare 可能拒绝关机，或镜像可能不完整。</translation>
    </message>
</context>
<context>
    <name>compshare::ui::StopWhenIdleDialog</name>
    <message>
        <source>Stop when idle</source>
        <translation>空闲时关机</translation>
    </message>
    <message>
        <source>Stop %1 after its GPUs have been idle for</source>
        <extracomment>followed by a number of minutes</extracomment>
        <translation>在 %1 的 GPU 空闲以下时长后关机：</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>unit suffix: minutes</extracomment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>At least %1 minutes: shorter idle spells are usually pauses between jobs.</source>
        <extracomment>%1 the shortest idle time accepted, in minutes</extracomment>
        <translation>至少 %1 分钟：更短的空闲通常只是任务之间的间隙。</translation>
    </message>
    <message>
        <source>This instance is prepaid: stopping it saves nothing.</source>
        <translation>此实例为预付费：关机不会节省费用。</translation>
    </message>
    <message>
        <source>This runs only while CompShare Console is running. Before stopping, a notification gives you %1 to keep it running. As a safety net, also schedule a stop (Ctrl+Shift+T): CompShare does that one even when the console is closed.</source>
        <extracomment>%1 the grace between the warning and the stop, e.g. &quot;2 min&quot;</extracomment>
        <translation>此功能仅在优云智算控制台运行时有效。关机前会发出通知，给您 %1的时间选择继续运行。作为保险，请同时设置定时关机（Ctrl+Shift+T）：即使控制台已关闭，CompShare 也会执行。</translation>
    </message>
    <message>
        <source>%1 min is below the minimum of %2 min: choose at least %2 min, or untick to switch it off.</source>
        <extracomment>%1 the minutes typed, %2 the shortest idle time accepted, in minutes</extracomment>
        <translation>%1 分钟低于最小值 %2 分钟：请至少选择 %2 分钟，或取消勾选以关闭此功能。</translation>
    </message>
    <message>
        <source>GPUs count as idle only after %1 (Preferences ▸ Idle after), so it stops after %1 of idle use at the earliest.</source>
        <extracomment>%1 Preferences&apos; idle time, e.g. &quot;30 min&quot;</extracomment>
        <translation>GPU 需空闲满 %1 才算空闲（首选项 ▸ 空闲判定时长），因此最早在空闲 %1 后关机。</translation>
    </message>
    <message>
        <source>Its GPUs have been idle for %1 already: after OK it warns you at once and stops it in %2 unless you choose Keep running.</source>
        <extracomment>%1 how long its GPUs have been idle, e.g. &quot;45 min&quot;; %2 the grace, e.g. &quot;2 min&quot;</extracomment>
        <translation>其 GPU 已空闲 %1：确定后会立即提醒您，并在 %2后关机，除非您选择“继续运行”。</translation>
    </message>
</context>
<context>
    <name>compshare::ui::WelcomeView</name>
    <message>
        <source>Welcome to CompShare Console</source>
        <translation>欢迎使用优云智算控制台</translation>
    </message>
    <message>
        <source>See every CompShare GPU instance you own, in every region, and stop the ones you do not need. Add an API key to begin: its private key stays in your system keychain.</source>
        <translation>查看您在所有地域拥有的每一个 CompShare GPU 实例，并关停不需要的实例。添加 API 密钥即可开始：私钥保存在您的系统密钥环中。</translation>
    </message>
    <message>
        <source>Add API key…</source>
        <translation>添加 API 密钥…</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <extracomment>Opens the console on a built-in simulated cloud; nothing real is touched.</extracomment>
        <translation>试用演示</translation>
    </message>
</context>
</TS>
