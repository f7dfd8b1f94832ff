# Help text for parameters that a base cmdlet declares for many cmdlets. A cmdlet's own psd1 may override one.
@{
    Parameters = @{
    }
}
