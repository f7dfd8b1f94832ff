<#
.SYNOPSIS
    Replays a wait's tasks (when each was created, when it reached SUCCESS) through an idealised poller, offline, to show
    how much of a delay target the information a poller has allows.
.DESCRIPTION
    One read per slot at -Budget reads/s, as the round-robin poller of the benchmark. With no -OpensAfter it is that
    round robin: the tasks that have joined, read in turn, each dropped once seen finished. With -OpensAfter it never
    reads a task sooner than that many seconds after its creation, and in each slot reads the open task left unread
    longest (since its last read, or since it opened): the best a poller can do when all it knows is that no task
    finishes sooner than that. A slot with no open task is not spent. Deterministic: no clock, no network.
    Returns the delays (SUCCESS to the read that saw it) and the reads spent.
#>
param(
    [Parameter(Mandatory)] [double[]] $CreatedAt,
    [Parameter(Mandatory)] [double[]] $CompleteAt,
    [Parameter(Mandatory)] [double] $Budget,
    # Seconds after its creation before which a task is never read; negative (the default): round robin.
    [double] $OpensAfter = -1
)

$n = $CreatedAt.Count
$lastRead = [double[]]::new($n)
$done = [bool[]]::new($n)
for ($i = 0; $i -lt $n; $i++) { $lastRead[$i] = [double]::NegativeInfinity }
$delays = [Collections.Generic.List[double]]::new()
$reads = 0
$left = $n
$queue = [Collections.Generic.Queue[int]]::new()
$joined = 0
$order = @(0..($n - 1) | Sort-Object { $CreatedAt[$_] })

for ($slot = 0; $left -gt 0; $slot++) {
    $now = $slot / $Budget
    $pick = -1
    if ($OpensAfter -lt 0) {
        while ($joined -lt $n -and $CreatedAt[$order[$joined]] -le $now) { $queue.Enqueue($order[$joined]); $joined++ }
        if ($queue.Count) { $pick = $queue.Dequeue() }
    }
    else {
        $longest = -1.0
        for ($i = 0; $i -lt $n; $i++) {
            if ($done[$i]) { continue }
            $opens = $CreatedAt[$i] + $OpensAfter
            if ($now -lt $opens) { continue }
            $unread = $now - [math]::Max($lastRead[$i], $opens)
            if ($unread -gt $longest) { $longest = $unread; $pick = $i }
        }
    }

    if ($pick -lt 0) { continue }
    $reads++
    if ($CompleteAt[$pick] -le $now) {
        $done[$pick] = $true
        $left--
        $delays.Add($now - $CompleteAt[$pick])
    }
    else {
        $lastRead[$pick] = $now
        if ($OpensAfter -lt 0) { $queue.Enqueue($pick) }
    }
}

[pscustomobject]@{ Delays = $delays.ToArray(); Reads = $reads }
