using SellerPolicy.Cli;

return SellerPolicyApp.Run(args, CliConsole.FromProcess());
